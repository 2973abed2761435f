package org.beian.it.sms;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A stand-in for an SMS provider's HTTP API (port 3090) for the whole test run: Payara's HTTP SMS
 * gateway posts to it, as it would to a real provider. Like a real provider it drops a repeated
 * request with an Idempotency-Key it has already accepted (the phone gets one message), and tests can
 * make it refuse a mobile's next requests (HTTP 503) to see retries and the dead-message queue.
 *
 * <ul>
 *   <li>{@code POST /sms} — the provider API: JSON {@code mobile, sign, text, reference}</li>
 *   <li>{@code GET /sms/messages?mobile=…} — what reached the phone: JSON array</li>
 *   <li>{@code GET /sms/requests?mobile=…} — JSON {@code requests, refused, repeats}</li>
 *   <li>{@code PUT /sms/faults?mobile=…&times=N} — refuse the next N requests for the mobile (−1: all)</li>
 *   <li>{@code DELETE /sms/faults?mobile=…} — stop refusing</li>
 * </ul>
 */
public class SmsProviderSession implements LauncherSessionListener {

    public static final int PORT = 3090;

    public record Delivered(String mobile, String sign, String text, String reference, Instant at) {}

    private static final Object LOCK = new Object();
    private static final List<Delivered> DELIVERED = new ArrayList<>();
    private static final Set<String> ACCEPTED_KEYS = new HashSet<>();
    private static final Map<String, int[]> COUNTS = new HashMap<>(); // mobile -> {requests, refused, repeats}
    private static final Map<String, Integer> FAULTS = new HashMap<>();

    private HttpServer server;

    /** What reached the phone, for client-side tests. */
    public static List<Delivered> delivered(String mobile) {
        synchronized (LOCK) {
            return DELIVERED.stream().filter(d -> d.mobile().equals(mobile)).toList();
        }
    }

    /** Requests, refusals and dropped repeats for the mobile. */
    public static int[] counts(String mobile) {
        synchronized (LOCK) {
            return COUNTS.getOrDefault(mobile, new int[3]).clone();
        }
    }

    /** Refuse the mobile's next {@code times} requests with 503 (−1: until {@link #stopRefusing}). */
    public static void refuse(String mobile, int times) {
        synchronized (LOCK) {
            FAULTS.put(mobile, times);
        }
    }

    public static void stopRefusing(String mobile) {
        synchronized (LOCK) {
            FAULTS.remove(mobile);
        }
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 50);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the SMS provider stand-in on port " + PORT, e);
        }
        server.createContext("/sms", SmsProviderSession::handle);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            String method = exchange.getRequestMethod();
            if (method.equals("POST") && path.equals("/sms")) {
                send(exchange);
            } else if (method.equals("GET") && path.equals("/sms/messages")) {
                JsonArrayBuilder array = Json.createArrayBuilder();
                for (Delivered d : delivered(query.getOrDefault("mobile", ""))) {
                    array.add(Json.createObjectBuilder().add("mobile", d.mobile()).add("sign", d.sign()).add("text", d.text())
                            .add("reference", d.reference() == null ? "" : d.reference()).add("at", d.at().toString()));
                }
                respond(exchange, 200, array.build().toString());
            } else if (method.equals("GET") && path.equals("/sms/requests")) {
                int[] c = counts(query.getOrDefault("mobile", ""));
                respond(exchange, 200, Json.createObjectBuilder().add("requests", c[0]).add("refused", c[1]).add("repeats", c[2]).build().toString());
            } else if (method.equals("PUT") && path.equals("/sms/faults")) {
                refuse(query.get("mobile"), Integer.parseInt(query.getOrDefault("times", "-1")));
                respond(exchange, 204, null);
            } else if (method.equals("DELETE") && path.equals("/sms/faults")) {
                stopRefusing(query.get("mobile"));
                respond(exchange, 204, null);
            } else {
                respond(exchange, 404, "{\"error\":\"no such resource\"}");
            }
        } catch (RuntimeException e) {
            respond(exchange, 400, "{\"error\":\"" + e.getClass().getSimpleName() + "\"}");
        }
    }

    private static void send(HttpExchange exchange) throws IOException {
        JsonObject body;
        try (InputStream in = exchange.getRequestBody();
             var reader = Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)))) {
            body = reader.readObject();
        }
        String mobile = body.getString("mobile");
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        synchronized (LOCK) {
            int[] c = COUNTS.computeIfAbsent(mobile, m -> new int[3]);
            c[0]++;
            Integer refusals = FAULTS.get(mobile);
            if (refusals != null && refusals != 0) {
                c[1]++;
                if (refusals > 0) {
                    FAULTS.put(mobile, refusals - 1);
                }
                respond(exchange, 503, "{\"error\":\"provider busy\"}");
                return;
            }
            if (key != null && !ACCEPTED_KEYS.add(key)) {
                c[2]++;
                respond(exchange, 200, "{\"status\":\"duplicate\"}");
                return;
            }
            DELIVERED.add(new Delivered(mobile, body.getString("sign", ""), body.getString("text", ""),
                    body.getString("reference", null), Instant.now()));
        }
        respond(exchange, 200, "{\"status\":\"accepted\"}");
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, json == null ? -1 : bytes.length);
        if (json != null) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
