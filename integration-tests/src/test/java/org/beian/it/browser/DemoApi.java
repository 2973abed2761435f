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
    /** The password of the accounts {@link #newApplicant} opens (TestAccountsServlet's). */
    static final String TEST_PASSWORD = "S3cret-pass";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private DemoApi() {}

    /** A cloud server instance id of its own (ins-…), for a test account to file on. */
    static String server() {
        return "ins-" + org.beian.it.container.TestData.unique().toLowerCase().replaceAll("[^a-z0-9]", "");
    }

    /** A fresh applicant account of its own for one test (English or Chinese); its password is {@link #TEST_PASSWORD}. */
    static String newApplicant(String language) {
        return testAccount("language=" + language)[0];
    }

    /** A test account as TestAccountsServlet opens it for the query ({@code role=reviewer}, {@code server=…&submitted=true}): its answer's lines. */
    static String[] testAccount(String query) {
        return testSupport("accounts", query).split("\n");
    }

    /** The provider's or the bureau's step on an order, as TestOrdersServlet takes it ({@code step=approveInitial&order=…}): its answer. */
    static String orderStep(String query) {
        return testSupport("orders", query);
    }

    private static String testSupport(String servlet, String query) {
        HttpRequest request = HttpRequest.newBuilder(Deployments.baseUri().resolve("beian-tests/" + servlet + "?" + query))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, answer.statusCode(), servlet + "?" + query + ": " + answer.body());
            return answer.body().trim();
        } catch (IOException e) {
            throw new IllegalStateException("Test support " + servlet + "?" + query + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A draft created and abandoned: its OrderAbandoned event notifies the account. Returns the order number. */
    static String abandonedOrder(String user) {
        return abandonedOrder(user, PASSWORD);
    }

    static String abandonedOrder(String user, String password) {
        HttpResponse<String> created = post(user, password, "api/orders",
                "{\"type\":\"FIRST_FILING\",\"snapshot\":{\"websites\":[]},\"clientKey\":\"it-" + System.nanoTime() + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        String number = Json.createReader(new StringReader(created.body())).readObject().getString("orderNumber");
        HttpResponse<String> abandoned = post(user, password, "api/orders/" + number + "/abandonment", "{\"reason\":\"测试\"}");
        assertEquals(200, abandoned.statusCode(), abandoned.body());
        return number;
    }

    /** The order as its owner reads it over the API ({@code GET /api/orders/{number}}). */
    static jakarta.json.JsonObject order(String user, String orderNumber) {
        HttpRequest request = HttpRequest.newBuilder(Deployments.baseUri().resolve("api/orders/" + orderNumber))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + TEST_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        try {
            HttpResponse<String> order = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, order.statusCode(), order.body());
            return Json.createReader(new StringReader(order.body())).readObject();
        } catch (IOException e) {
            throw new IllegalStateException("GET order " + orderNumber, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The applicant's check of the order now ({@code GET /api/orders/{number}/checks}), as the API answers it. */
    static jakarta.json.JsonObject checkOrder(String user, String orderNumber) {
        HttpRequest request = HttpRequest.newBuilder(Deployments.baseUri().resolve("api/orders/" + orderNumber + "/checks"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + TEST_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "zh-CN").GET().build();
        try {
            HttpResponse<String> report = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, report.statusCode(), report.body());
            return Json.createReader(new StringReader(report.body())).readObject();
        } catch (IOException e) {
            throw new IllegalStateException("GET checks of " + orderNumber, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> post(String user, String password, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(Deployments.baseUri().resolve(path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
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
