package org.beian.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.beian.it.Deployments;

/** The REST API as a demo account (password Demo@2026) uses it, for client-side tests that need data. */
final class DemoApi {

    static final String PASSWORD = "Demo@2026";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private DemoApi() {}

    /** A draft created and abandoned: its OrderAbandoned event notifies the account. Returns the order number. */
    static String abandonedOrder(String user) {
        HttpResponse<String> created = post(user, "api/orders",
                "{\"type\":\"FIRST_FILING\",\"snapshot\":{\"websites\":[]},\"clientKey\":\"it-" + System.nanoTime() + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        String number = Json.createReader(new StringReader(created.body())).readObject().getString("orderNumber");
        HttpResponse<String> abandoned = post(user, "api/orders/" + number + "/abandonment", "{\"reason\":\"测试\"}");
        assertEquals(200, abandoned.statusCode(), abandoned.body());
        return number;
    }

    private static HttpResponse<String> post(String user, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(Deployments.baseUri().resolve(path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
