package org.beian.infrastructure.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.beian.application.port.SmsGateway;
import org.junit.jupiter.api.Test;

/** The choice of gateway by {@code beian.sms.gateway}, without a container. */
class SmsGatewaysTest {

    private final SmsGateway recording = sms -> { };
    private final SmsGateway http = sms -> { };
    private final AtomicInteger recordingCalls = new AtomicInteger();
    private final AtomicInteger httpCalls = new AtomicInteger();

    private final Supplier<SmsGateway> recordingSupplier = () -> {
        recordingCalls.incrementAndGet();
        return recording;
    };
    private final Supplier<SmsGateway> httpSupplier = () -> {
        httpCalls.incrementAndGet();
        return http;
    };

    @Test
    void recording_is_the_default_and_the_http_adapter_is_not_created() {
        assertSame(recording, SmsGateways.choose(null, recordingSupplier, httpSupplier));
        assertSame(recording, SmsGateways.choose("recording", recordingSupplier, httpSupplier));
        assertEquals(0, httpCalls.get());
    }

    @Test
    void http_selects_the_http_adapter_only() {
        assertSame(http, SmsGateways.choose("http", recordingSupplier, httpSupplier));
        assertSame(http, SmsGateways.choose(" HTTP ", recordingSupplier, httpSupplier));
        assertEquals(2, httpCalls.get());
        assertEquals(0, recordingCalls.get());
    }

    @Test
    void an_unknown_value_names_the_property_and_the_allowed_values() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SmsGateways.choose("aliyun", recordingSupplier, httpSupplier));
        assertTrue(e.getMessage().contains("beian.sms.gateway"), e.getMessage());
        assertTrue(e.getMessage().contains("aliyun"), e.getMessage());
        assertTrue(e.getMessage().contains("recording") && e.getMessage().contains("http"), e.getMessage());
        assertEquals(0, recordingCalls.get() + httpCalls.get());
    }
}
