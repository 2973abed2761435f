package org.beian.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.beian.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Health endpoints and error pages, as an operator's probe or a careless visitor meets them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpEndpointsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final String base = Deployments.baseUri().toString();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void readinessChecksDatabaseAndBroker() throws Exception {
        HttpResponse<String> response = get("health/ready");
        assertEquals(200, response.statusCode(), response.body());
        Map<String, String> checks = checks(response.body());
        assertEquals("UP", checks.get("database"));
        assertEquals("UP", checks.get("jms-broker"));
    }

    @Test
    void livenessReportsTheMigratedApplication() throws Exception {
        HttpResponse<String> response = get("health/live");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("UP", checks(response.body()).get("application"));
    }

    @Test
    void unknownUrlIsAFriendly404WithoutInternals() throws Exception {
        HttpResponse<String> response = get("does-not-exist");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("页面不存在"));
        assertNoInternals(response.body());
    }

    @Test
    void loginPageIsServed() throws Exception {
        HttpResponse<String> response = get("login.xhtml");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("id=\"login:username\""));
    }

    /** No stack trace, exception chain or server banner reaches a visitor. */
    static void assertNoInternals(String page) {
        for (String internal : new String[] {"Caused by", "\tat ", "at org.", "at java.", "Payara Server", "StackTrace"}) {
            assertFalse(page.contains(internal), "page shows internals: " + internal);
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> checks(String body) {
        JsonObject json = Json.createReader(new StringReader(body)).readObject();
        return json.getJsonArray("checks").stream().map(JsonObject.class::cast)
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
    }
}
