package org.beian.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** REST clients authenticate with HTTP Basic on every call, get 401 (not a login page) otherwise, and no session. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiAuthenticationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void withoutCredentialsTheApiAnswers401() throws Exception {
        HttpResponse<String> response = get("api/me", null);
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    }

    @Test
    void wrongCredentialsAre401() throws Exception {
        assertEquals(401, get("api/me", basic("applicant", "wrong")).statusCode());
        assertEquals(401, get("api/me", "Basic !!!not-base64").statusCode());
    }

    @Test
    void rightCredentialsIdentifyTheCallerWithoutASession() throws Exception {
        HttpResponse<String> response = get("api/me", basic("applicant", "Demo@2026"));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"username\":\"applicant\""), response.body());
        assertTrue(response.body().contains("APPLICANT"), response.body());
        assertFalse(response.headers().firstValue("Set-Cookie").orElse("").contains("JSESSIONID"), "no session for API calls");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> response = get("openapi", null);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/api/me"), response.body());
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.baseUri() + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
