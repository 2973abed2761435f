package org.beian.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
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
    void aBodyThatIsNotTheDraftsJsonIsABadRequestInWords() throws Exception {
        HttpResponse<String> response = post("api/checks", "{\"type\":\"FIRST_FILING\",\"snapshot\":{\"websites\":\"one\"}}", "en");
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("error.invalidInput", Json.createReader(new StringReader(response.body())).readObject().getString("code"));
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

    /**
     * An otherwise plausible first filing (subject in {@code province}, credit code or ID issued there),
     * with the website and the principal's mobile and emergency phone as given: the rule catalogue II cases.
     */
    private static String draft(String province, boolean individual, String websiteName, String domainsJson, String emergencyPhone) {
        String p = province.substring(0, 2);
        String subject = individual
                ? "\"nature\":\"INDIVIDUAL\",\"certificateType\":\"RESIDENT_ID\",\"certificateNumber\":\"" + p + "0102199003082226\",\"name\":\"李晓梅\""
                : "\"nature\":\"ENTERPRISE\",\"certificateType\":\"BUSINESS_LICENCE\",\"certificateNumber\":\"91" + p + "0102MA2CXXQA9U\",\"name\":\"青山软件有限公司\"";
        return "{\"type\":\"FIRST_FILING\",\"snapshot\":{\"subject\":{\"provinceCode\":\"" + province + "\",\"cityCode\":\"" + p + "0100\","
                + subject + ",\"principal\":{\"name\":\"李晓梅\",\"certificateType\":\"RESIDENT_ID\",\"mobile\":\"13900139000\","
                + "\"emergencyPhone\":" + (emergencyPhone == null ? "null" : "\"" + emergencyPhone + "\"") + "}},"
                + "\"websites\":[{\"name\":\"" + websiteName + "\",\"domains\":" + domainsJson + ",\"serviceContent\":\"OTHER\","
                + "\"preApprovalTypes\":[\"NONE\"],\"languages\":[\"zh-CN\"],\"principalSameAsSubject\":true,\"cloudServices\":[]}]}}";
    }

    /** Whether the report holds a finding with this code on this field. */
    private void assertFinding(String json, String code, String field) throws Exception {
        HttpResponse<String> response = post("api/checks", json, "en");
        assertEquals(200, response.statusCode(), response.body());
        JsonArray findings = Json.createReader(new StringReader(response.body())).readObject().getJsonArray("findings");
        assertTrue(findings.getValuesAs(JsonObject.class).stream()
                        .anyMatch(f -> code.equals(f.getString("code")) && field.equals(f.getString("field"))),
                code + " on " + field + " expected in " + response.body());
    }

    @Test
    void aWebsiteWithTwoDomainsIsRefusedOnItsDomainList() throws Exception {
        assertFinding(draft("330000", false, "青山软件产品中心", "[\"qingshan.com\",\"qingshan.cn\"]", null),
                "WEBSITE_TOO_MANY_DOMAINS", "websites[0].domains");
    }

    @Test
    void anInvalidPunycodeDomainIsRefused() throws Exception {
        assertFinding(draft("330000", false, "青山软件产品中心", "[\"xn--zz.com\"]", null),
                "DOMAIN_PUNYCODE_INVALID", "websites[0].domains[0]");
    }

    @Test
    void aCompanyMayNotFileAGovCnDomain() throws Exception {
        assertFinding(draft("330000", false, "青山软件产品中心", "[\"qingshan.gov.cn\"]", null),
                "DOMAIN_GOV_CN_NOT_GOVERNMENT", "websites[0].domains[0]");
    }

    @Test
    void aPersonalSiteNamedAfterACityIsRefused() throws Exception {
        assertFinding(draft("330000", true, "杭州美食笔记", "[\"lixiaomei.cn\"]", null),
                "WEBSITE_NAME_PERSONAL_PLACE_NAME", "websites[0].name");
    }

    @Test
    void anEmergencyPhoneEqualToThePrincipalsMobileIsRefusedInAnhui() throws Exception {
        assertFinding(draft("340000", false, "青山软件产品中心", "[\"qingshan.com\"]", "13900139000"),
                "EMERGENCY_PHONE_SAME_AS_MOBILE", "subject.principal.emergencyPhone");
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
