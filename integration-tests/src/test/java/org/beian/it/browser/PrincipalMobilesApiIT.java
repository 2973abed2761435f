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
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beian.it.Deployments;
import org.beian.it.container.WorkflowFixture;
import org.beian.it.sms.SmsProviderSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * A principal's mobile is confirmed by an SMS code before an order may name it: the catalogue reports
 * MOBILE_NOT_CONFIRMED on the field until the account has confirmed it, a second code within the
 * minute is refused, a wrong code is told, the right one confirms the number for this account only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrincipalMobilesApiIT {

    private static final Pattern CODE = Pattern.compile("验证码为(\\d{6})");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aMobileIsConfirmedByItsCodeForTheAccountThatAskedOnly() throws Exception {
        String user = DemoApi.newApplicant("zh-CN");
        String other = DemoApi.newApplicant("zh-CN");
        String mobile = WorkflowFixture.mobile();
        String number = draftNaming(user, mobile);
        String otherNumber = draftNaming(other, mobile);
        assertTrue(unconfirmed(user, number), "an unconfirmed mobile is reported on its field");

        HttpResponse<String> sent = send(user, "POST", "api/principal-mobiles/" + mobile + "/code", null);
        assertEquals(200, sent.statusCode(), sent.body());
        assertTrue(json(sent.body()).containsKey("expiresAt"), sent.body());
        HttpResponse<String> again = send(user, "POST", "api/principal-mobiles/" + mobile + "/code", null);
        assertEquals(400, again.statusCode(), again.body());
        assertEquals("error.code.cooldown", json(again.body()).getString("code"));

        String code = smsCode(mobile);
        String wrongCode = code.substring(0, 5) + (code.charAt(5) == '9' ? '0' : (char) (code.charAt(5) + 1));
        HttpResponse<String> wrong = send(user, "POST", "api/principal-mobiles/" + mobile + "/confirmation", "{\"code\":\"" + wrongCode + "\"}");
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertEquals("error.code.WRONG", json(wrong.body()).getString("code"));
        assertTrue(unconfirmed(user, number), "a wrong code confirms nothing");

        HttpResponse<String> confirmed = send(user, "POST", "api/principal-mobiles/" + mobile + "/confirmation", "{\"code\":\"" + code + "\"}");
        assertEquals(204, confirmed.statusCode(), confirmed.body());
        assertFalse(unconfirmed(user, number), "confirmed: the finding is gone");
        assertTrue(unconfirmed(other, otherNumber), "another account has not confirmed it");
        assertEquals(1, SmsProviderSession.delivered(mobile).size(), "one code, one SMS");
    }

    private String draftNaming(String user, String mobile) throws Exception {
        String snapshot = "{\"websites\":[],\"subject\":{\"provinceCode\":\"440000\",\"principal\":{\"name\":\"陈晓明\",\"mobile\":\"" + mobile + "\"}}}";
        HttpResponse<String> created = send(user, "POST", "api/orders",
                "{\"type\":\"FIRST_FILING\",\"snapshot\":" + snapshot + ",\"clientKey\":\"mobile-" + System.nanoTime() + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return json(created.body()).getString("orderNumber");
    }

    private boolean unconfirmed(String user, String number) throws Exception {
        HttpResponse<String> report = send(user, "GET", "api/orders/" + number + "/checks", null);
        assertEquals(200, report.statusCode(), report.body());
        return json(report.body()).getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .anyMatch(f -> f.getString("code").equals("MOBILE_NOT_CONFIRMED") && f.getString("field").equals("subject.principal.mobile"));
    }

    private static String smsCode(String mobile) {
        new FluentWait<>(mobile).withTimeout(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(300))
                .until(phone -> !SmsProviderSession.delivered(phone).isEmpty());
        String text = SmsProviderSession.delivered(mobile).get(0).text();
        Matcher matcher = CODE.matcher(text);
        assertTrue(matcher.find(), "a code in " + text);
        return matcher.group(1);
    }

    private HttpResponse<String> send(String user, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.baseUri() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + DemoApi.TEST_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "zh-CN")
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
