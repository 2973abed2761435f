package org.beian.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.beian.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API's write paths that carry a version, sent with one that is no longer current (a second tab,
 * a retried request): 409 with the key {@code error.concurrentChange} and a sentence in the client's
 * language, and the newer save kept. Each test files its own order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaleWritesApiIT {

    private static final String SNAPSHOT = "{\"websites\":[],\"subject\":{\"provinceCode\":\"440000\",\"name\":\"%s\"}}";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private String user;

    @BeforeEach
    void openAccount() {
        user = DemoApi.newApplicant("zh-CN");
    }

    @Test
    void savingADraftWithAStaleVersionIsAConflictInWords() throws Exception {
        JsonObject created = created();
        String number = created.getString("orderNumber");
        long read = created.getJsonNumber("version").longValue();

        HttpResponse<String> first = send("PUT", "api/orders/" + number, draft(read, "第一个标签页"), "zh-CN");
        assertEquals(200, first.statusCode(), first.body());
        HttpResponse<String> second = send("PUT", "api/orders/" + number, draft(read, "第二个标签页"), "en");

        assertEquals(409, second.statusCode(), second.body());
        JsonObject error = json(second.body());
        assertEquals("error.concurrentChange", error.getString("code"));
        assertTrue(error.getString("message").contains("changed by someone else"), error.getString("message"));
        JsonObject kept = json(send("GET", "api/orders/" + number, null, "zh-CN").body());
        assertEquals("第一个标签页", kept.getJsonObject("snapshot").getJsonObject("subject").getString("name"));
    }

    @Test
    void submittingWithAStaleVersionIsAConflictInWords() throws Exception {
        JsonObject created = created();
        String number = created.getString("orderNumber");
        long read = created.getJsonNumber("version").longValue();
        assertEquals(200, send("PUT", "api/orders/" + number, draft(read, "已修改"), "zh-CN").statusCode());

        HttpResponse<String> submitted = send("POST", "api/orders/" + number + "/submission",
                "{\"version\":" + read + ",\"agreeToAssistedCorrection\":true}", "zh-CN");

        assertEquals(409, submitted.statusCode(), submitted.body());
        JsonObject error = json(submitted.body());
        assertEquals("error.concurrentChange", error.getString("code"));
        assertTrue(error.getString("message").contains("已被他人"), error.getString("message"));
        assertEquals("DRAFT", json(send("GET", "api/orders/" + number, null, "zh-CN").body()).getString("state"));
    }

    private JsonObject created() throws Exception {
        HttpResponse<String> created = send("POST", "api/orders", "{\"type\":\"FIRST_FILING\",\"snapshot\":"
                + String.format(SNAPSHOT, "草稿") + ",\"clientKey\":\"stale-" + System.nanoTime() + "\"}", "zh-CN");
        assertEquals(201, created.statusCode(), created.body());
        return json(created.body());
    }

    private static String draft(long version, String subjectName) {
        return "{\"version\":" + version + ",\"snapshot\":" + String.format(SNAPSHOT, subjectName) + "}";
    }

    private HttpResponse<String> send(String method, String path, String json, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.baseUri() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + DemoApi.TEST_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", language)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json; charset=UTF-8");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
