package org.beian.it.container;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * In-container tests' view of the SMS provider stand-in that runs in the test JVM
 * ({@code org.beian.it.sms.SmsProviderSession}, port 3090): what reached a phone, how many requests
 * it got, and making it refuse a mobile's messages.
 */
final class SmsProvider {

    private static final String BASE = "http://127.0.0.1:3090/sms";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Counts(int requests, int refused, int repeats) {}

    private SmsProvider() {}

    /** The texts the phone received, oldest first. */
    static List<String> texts(String mobile) {
        JsonArray messages = Json.createReader(new StringReader(call("GET", "/messages?mobile=" + encode(mobile)))).readArray();
        return messages.stream().map(JsonValue::asJsonObject).map(m -> m.getString("text")).toList();
    }

    static Counts counts(String mobile) {
        JsonObject json = Json.createReader(new StringReader(call("GET", "/requests?mobile=" + encode(mobile)))).readObject();
        return new Counts(json.getInt("requests"), json.getInt("refused"), json.getInt("repeats"));
    }

    /** The provider answers 503 to the mobile's next {@code times} requests (−1: until told otherwise). */
    static void refuse(String mobile, int times) {
        call("PUT", "/faults?mobile=" + encode(mobile) + "&times=" + times);
    }

    static void stopRefusing(String mobile) {
        call("DELETE", "/faults?mobile=" + encode(mobile));
    }

    private static String call(String method, String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + pathAndQuery)).timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + pathAndQuery + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("The SMS provider stand-in does not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
