package org.beian.domain.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CurtainRequestTest {

    private final CurtainRequest request = new CurtainRequest(7, "陈晓明", "13800138000", "广东省深圳市南山区科苑路8号", true,
            Instant.parse("2026-03-02T02:00:00Z"), LocalDate.of(2026, 3, 2));

    @Test
    void aRequestIsShippedThenDeliveredEachOnce() {
        request.ship("顺丰速运", "SF1234567890", Instant.parse("2026-03-02T08:00:00Z"));
        assertEquals(CurtainRequest.State.SHIPPED, request.getState());
        assertThrows(IllegalStateException.class, () -> request.ship("顺丰速运", "SF0000000000", Instant.now()), "shipped once");
        request.delivered(Instant.parse("2026-03-03T06:00:00Z"));
        assertEquals(CurtainRequest.State.DELIVERED, request.getState());
        assertEquals(Instant.parse("2026-03-03T06:00:00Z"), request.getDeliveredAt());
        assertEquals("SF1234567890", request.getTrackingNumber());
    }

    @Test
    void aRequestNotShippedCannotBeDelivered() {
        assertThrows(IllegalStateException.class, () -> request.delivered(Instant.now()));
        assertEquals(CurtainRequest.State.REQUESTED, request.getState());
    }
}
