package org.beian.infrastructure.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.beian.application.port.OutgoingSms;
import org.beian.application.port.SmsDeliveryException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP adapter against a real HTTP server on an ephemeral port of the loopback interface. */
class HttpSmsGatewayTest {

    private static final String PATH = "/v1/sms";
    private static final String TEXT = "【备案服务】您的备案申请已提交，请留意工信部短信核验。";

    /** What the server received. */
    record Received(String method, String path, Map<String, List<String>> headers, String body) {

        String header(String name) {
            // com.sun.net.httpserver normalises header names: first letter upper case, the rest lower case.
            List<String> values = headers.get(name.substring(0, 1).toUpperCase() + name.substring(1).toLowerCase());
            return values == null ? null : String.join(",", values);
        }

        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    private HttpServer server;
    private ExecutorService executor;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile int status = 200;
    private volatile String answer = "{\"id\":\"m-1\"}";
    private volatile boolean hang;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        executor = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "sms-provider-stub");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                Map.copyOf(exchange.getRequestHeaders()), body));
        if (hang) {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private HttpSmsGateway gateway(Optional<String> token, Duration timeout) {
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
        return new HttpSmsGateway(url, token, timeout);
    }

    private Received onlyRequest() throws InterruptedException {
        Received request = received.poll(5, TimeUnit.SECONDS);
        assertNotNull(request, "the provider received no request");
        assertNull(received.poll(), "the provider received more than one request");
        return request;
    }

    @Test
    void accepted_message_is_posted_as_utf8_json_with_token_and_idempotency_key() throws Exception {
        gateway(Optional.of("s3cret-token"), Duration.ofSeconds(5))
                .send(new OutgoingSms("13812345678", TEXT, "beian", "6f1c2d7e-0000-4000-8000-000000000001.sms"));

        Received request = onlyRequest();
        assertEquals("POST", request.method());
        assertEquals(PATH, request.path());
        assertEquals("Bearer s3cret-token", request.header("Authorization"));
        assertEquals("6f1c2d7e-0000-4000-8000-000000000001.sms", request.header("Idempotency-Key"));
        assertEquals("application/json; charset=utf-8", request.header("Content-Type"));
        JsonObject json = request.json();
        assertEquals("13812345678", json.getString("mobile"));
        assertEquals("beian", json.getString("sign"));
        assertEquals(TEXT, json.getString("text"));
        assertEquals("6f1c2d7e-0000-4000-8000-000000000001.sms", json.getString("reference"));
        assertEquals(4, json.size());
    }

    @Test
    void any_2xx_is_accepted() throws Exception {
        status = 202;
        answer = "queued";
        gateway(Optional.empty(), Duration.ofSeconds(5)).send(new OutgoingSms("13812345678", "hello", "beian", "e1.sms"));
        assertEquals("POST", onlyRequest().method());
    }

    @Test
    void without_token_and_reference_there_is_no_authorization_and_no_idempotency_key() throws Exception {
        gateway(Optional.empty(), Duration.ofSeconds(5)).send(new OutgoingSms("13812345678", TEXT, "beian", null));

        Received request = onlyRequest();
        assertNull(request.header("Authorization"));
        assertNull(request.header("Idempotency-Key"));
        assertTrue(request.json().isNull("reference"));
        assertEquals(TEXT, request.json().getString("text"));
    }

    @Test
    void blank_token_counts_as_no_token() throws Exception {
        gateway(Optional.of("  "), Duration.ofSeconds(5)).send(new OutgoingSms("13812345678", "hello", "beian", "e2.sms"));
        assertNull(onlyRequest().header("Authorization"));
    }

    @Test
    void server_error_is_a_delivery_failure_with_status_and_body_excerpt() {
        status = 500;
        answer = "{\"error\":\"template not approved\"}";
        HttpSmsGateway gateway = gateway(Optional.of("t"), Duration.ofSeconds(5));

        SmsDeliveryException e = assertThrows(SmsDeliveryException.class,
                () -> gateway.send(new OutgoingSms("13812345678", TEXT, "beian", "e3.sms")));
        assertTrue(e.getMessage().contains("500"), e.getMessage());
        assertTrue(e.getMessage().contains("{\"error\":\"template not approved\"}"), e.getMessage());
        assertTrue(e.getMessage().contains("138****5678"), e.getMessage());
        assertFalse(e.getMessage().contains("13812345678"), "the full mobile number must not appear: " + e.getMessage());
    }

    @Test
    void unavailable_is_a_delivery_failure_and_only_the_first_200_characters_of_the_body_are_kept() {
        status = 503;
        answer = "维".repeat(200) + "TAIL-NOT-QUOTED";
        HttpSmsGateway gateway = gateway(Optional.empty(), Duration.ofSeconds(5));

        SmsDeliveryException e = assertThrows(SmsDeliveryException.class,
                () -> gateway.send(new OutgoingSms("13812345678", "hello", "beian", "e4.sms")));
        assertTrue(e.getMessage().contains("503"), e.getMessage());
        assertTrue(e.getMessage().contains("维".repeat(200)), e.getMessage());
        assertFalse(e.getMessage().contains("TAIL"), e.getMessage());
    }

    @Test
    void a_client_error_is_not_accepted_either() {
        status = 400;
        answer = "bad mobile";
        HttpSmsGateway gateway = gateway(Optional.empty(), Duration.ofSeconds(5));

        SmsDeliveryException e = assertThrows(SmsDeliveryException.class,
                () -> gateway.send(new OutgoingSms("13812345678", "hello", "beian", null)));
        assertTrue(e.getMessage().contains("400") && e.getMessage().contains("bad mobile"), e.getMessage());
    }

    @Test
    void a_provider_that_does_not_answer_in_time_is_a_delivery_failure() throws Exception {
        hang = true;
        HttpSmsGateway gateway = gateway(Optional.empty(), Duration.ofSeconds(1));

        long started = System.nanoTime();
        SmsDeliveryException e = assertThrows(SmsDeliveryException.class,
                () -> gateway.send(new OutgoingSms("13812345678", "hello", "beian", "e5.sms")));
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertInstanceOf(HttpTimeoutException.class, e.getCause());
        assertTrue(elapsedMillis >= 900 && elapsedMillis < 10_000, "gave up after " + elapsedMillis + " ms");
        assertEquals("POST", onlyRequest().method());
    }

    @Test
    void an_unreachable_provider_is_a_delivery_failure_with_the_cause() throws IOException {
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            port = socket.getLocalPort();
        }
        HttpSmsGateway gateway = new HttpSmsGateway(URI.create("http://127.0.0.1:" + port + PATH), Optional.empty(), Duration.ofSeconds(2));

        SmsDeliveryException e = assertThrows(SmsDeliveryException.class,
                () -> gateway.send(new OutgoingSms("13812345678", "hello", "beian", null)));
        assertInstanceOf(IOException.class, e.getCause());
    }

    @Test
    void an_interrupted_send_is_a_delivery_failure_and_keeps_the_interrupt_flag() {
        hang = true;
        HttpSmsGateway gateway = gateway(Optional.empty(), Duration.ofSeconds(10));

        Thread.currentThread().interrupt();
        try {
            SmsDeliveryException e = assertThrows(SmsDeliveryException.class,
                    () -> gateway.send(new OutgoingSms("13812345678", "hello", "beian", null)));
            assertInstanceOf(InterruptedException.class, e.getCause());
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt flag was lost");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void configuration_url_is_required_and_checked() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> new HttpSmsGateway(Optional.empty(), Optional.empty(), 10));
        assertTrue(missing.getMessage().contains("beian.sms.http.url"), missing.getMessage());
        IllegalStateException notHttp = assertThrows(IllegalStateException.class,
                () -> new HttpSmsGateway(Optional.of("ftp://sms.example/send"), Optional.empty(), 10));
        assertTrue(notHttp.getMessage().contains("beian.sms.http.url"), notHttp.getMessage());
        IllegalStateException timeout = assertThrows(IllegalStateException.class,
                () -> new HttpSmsGateway(Optional.of("https://sms.example/send"), Optional.empty(), 0));
        assertTrue(timeout.getMessage().contains("beian.sms.http.timeout-seconds"), timeout.getMessage());
        assertEquals(URI.create("https://sms.example/send"),
                new HttpSmsGateway(Optional.of(" https://sms.example/send "), Optional.empty(), 10).endpoint());
    }
}
