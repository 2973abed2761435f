package org.beian.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The checks and orders API as a client sees it: JSON findings on fields, in the language asked for. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChecksApiIT {

    private static final String DRAFT = """
            {"type":"FIRST_FILING","snapshot":{"subject":{"provinceCode":"440000","cityCode":"440300","districtCode":"440305",
            "nature":"ENTERPRISE","certificateType":"BUSINESS_LICENCE","certificateNumber":"91440300MA5F3K2Q6X","name":"深圳示例",
            "mailingAddress":"广东省深圳市市辖区科苑路","principal":{"name":"陈晓明","certificateType":"RESIDENT_ID",
            "certificateNumber":"440305198506123452","officePhone":"0755-1234","mobile":"1380013800","email":"x"}},
            "websites":[{"name":"abc","domains":["www.example.hk"],"homepageUrls":["example.hk"],"serviceContent":"ORGANISATION_PORTAL",
            "preApprovalTypes":["NONE"],"languages":["zh-CN"],"principalSameAsSubject":true,"cloudServices":[]}]}}
            """;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aDraftFullOfMistakesGetsEveryFindingOnItsFieldAtOnce() throws Exception {
        HttpResponse<String> response = post("api/checks", DRAFT, "en");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject report = Json.createReader(new StringReader(response.body())).readObject();
        assertFalse(report.getBoolean("submittable"));
        String body = response.body();
        for (String field : new String[] {"subject.principal.certificateNumber", "subject.principal.mobile",
                "subject.principal.officePhone", "subject.mailingAddress", "websites[0].domains[0]", "websites[0].name"}) {
            assertTrue(body.contains("\"field\":\"" + field + "\""), "a finding on " + field + ": " + body);
        }
        assertTrue(body.contains("\"severity\":\"ERROR\""));
        assertTrue(report.getJsonArray("findings").getJsonObject(0).getString("fix").length() > 3, "each finding says how to fix it");
    }

    @Test
    void findingsSpeakChineseByDefault() throws Exception {
        String body = post("api/checks", DRAFT, null).body();
        String message = Json.createReader(new StringReader(body)).readObject().getJsonArray("findings").getJsonObject(0).getString("message");
        assertTrue(message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), message);
    }

    @Test
    void anOrderCreatedOverTheApiIsReadBackAndHiddenFromOthers() throws Exception {
        HttpResponse<String> created = post("api/orders", "{\"type\":\"FIRST_FILING\",\"snapshot\":{\"websites\":[]},\"clientKey\":\"api-"
                + System.nanoTime() + "\"}", "zh-CN");
        assertEquals(201, created.statusCode(), created.body());
        String number = Json.createReader(new StringReader(created.body())).readObject().getString("orderNumber");
        HttpResponse<String> mine = http.send(request("api/orders/" + number, "applicant").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, mine.statusCode());
        HttpResponse<String> theirs = http.send(request("api/orders/" + number, "applicant.en").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, theirs.statusCode(), "another account may not read it");
        assertTrue(theirs.body().contains("error.accessDenied"));
    }

    private HttpResponse<String> post(String path, String json, String language) throws Exception {
        HttpRequest.Builder request = request(path, "applicant").POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json; charset=UTF-8");
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(URI.create(Deployments.baseUri() + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":Demo@2026").getBytes(StandardCharsets.UTF_8)));
    }
}
