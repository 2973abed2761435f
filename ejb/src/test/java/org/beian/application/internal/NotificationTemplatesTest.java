package org.beian.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class NotificationTemplatesTest {

    private static final Map<String, String> ATTRIBUTES = Map.ofEntries(
            Map.entry("orderNumber", "2611280001000"), Map.entry("reason", "网站名称不符合要求"),
            Map.entry("reviewDueAt", "2026-11-30T16:00:00Z"), Map.entry("bureauDueAt", "2026-12-20T16:00:00Z"),
            Map.entry("icpNumbers", "粤ICP备12345678号、粤ICP备12345678号-1"), Map.entry("expiresAt", "2027-01-12T16:00:00Z"),
            Map.entry("days", "7"), Map.entry("websiteName", "示例网站"), Map.entry("courier", "顺丰速运"),
            Map.entry("trackingNumber", "SF1234567890123"));

    static List<String> eventTypes() {
        ResourceBundle bundle = ResourceBundle.getBundle("org.beian.application.internal.notifications", Locale.ROOT);
        return Collections.list(bundle.getKeys()).stream().filter(k -> k.endsWith(".subject"))
                .map(k -> k.substring(0, k.length() - ".subject".length())).sorted().toList();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void everyEventTypeRendersCompletelyInChineseAndEnglish(String type) {
        NotificationTemplates.Rendered zh = NotificationTemplates.render(type, Locale.forLanguageTag("zh-CN"), ATTRIBUTES, "张伟").orElseThrow();
        NotificationTemplates.Rendered en = NotificationTemplates.render(type, Locale.ENGLISH, ATTRIBUTES, "Li Na").orElseThrow();
        for (String text : List.of(zh.subject(), zh.body(), zh.sms(), en.subject(), en.body(), en.sms())) {
            assertFalse(text.contains("{") || text.contains("}"), type + ": an argument left unfilled in " + text);
        }
        assertTrue(zh.subject().contains("【备案"), zh.subject());
        assertTrue(en.subject().startsWith("[ICP filing"), en.subject());
        assertTrue(en.body().startsWith("Dear Li Na,"), en.body());
        assertTrue(zh.body().startsWith("张伟，您好"), zh.body());
    }

    @Test
    void noTextHasALoneQuoteThatMessageFormatWouldSwallow() {
        for (Locale locale : List.of(Locale.ROOT, Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle("org.beian.application.internal.notifications", locale);
            for (String key : Collections.list(bundle.getKeys())) {
                String pattern = bundle.getString(key).replace("''", "");
                assertFalse(pattern.contains("'"), key + " (" + locale + "): write an apostrophe as '' in " + bundle.getString(key));
            }
        }
    }

    @Test
    void theApprovalNamesTheIcpNumbersAndWhereTheFilingPasswordWent() {
        Map<String, String> attributes = new java.util.HashMap<>(ATTRIBUTES);
        NotificationTemplates.Rendered change = NotificationTemplates.render("BureauApproved", Locale.forLanguageTag("zh-CN"), attributes, "张伟").orElseThrow();
        assertTrue(change.sms().contains("粤ICP备12345678号-1"), change.sms());
        assertFalse(change.body().contains("备案密码"), "no filing password on an approval that sent none");
        attributes.put("filingPasswordSent", "true");
        NotificationTemplates.Rendered first = NotificationTemplates.render("BureauApproved", Locale.forLanguageTag("zh-CN"), attributes, "张伟").orElseThrow();
        assertTrue(first.body().contains("备案密码") && first.sms().contains("备案密码"), first.body());
        NotificationTemplates.Rendered english = NotificationTemplates.render("BureauApproved", Locale.ENGLISH, attributes, "Li Na").orElseThrow();
        assertTrue(english.body().contains("principal's mobile"), "the quote survives MessageFormat: " + english.body());
    }

    @Test
    void aShippedCurtainNamesItsCourierAndTrackingNumber() {
        NotificationTemplates.Rendered zh = NotificationTemplates.render("CurtainShipped", Locale.forLanguageTag("zh-CN"), ATTRIBUTES, "张伟").orElseThrow();
        assertTrue(zh.sms().contains("顺丰速运") && zh.sms().contains("SF1234567890123"), zh.sms());
        NotificationTemplates.Rendered en = NotificationTemplates.render("CurtainShipped", Locale.ENGLISH, ATTRIBUTES, "Li Na").orElseThrow();
        assertTrue(en.body().contains("tracking number SF1234567890123"), en.body());
    }

    @Test
    void deadlinesAreShownInBeijingTimeTheWayTheDeskShowsThem() {
        NotificationTemplates.Rendered submitted = NotificationTemplates.render("OrderSubmitted", Locale.forLanguageTag("zh-CN"),
                Map.of("orderNumber", "2611280001000", "reviewDueAt", "2026-11-30T16:00:00Z"), "张伟").orElseThrow();
        assertTrue(submitted.body().contains("2026-11-30 24:00"), submitted.body());
        assertEquals(java.util.Optional.empty(), NotificationTemplates.render("NoSuchEvent", Locale.ENGLISH, Map.of(), "x"));
        assertFalse(NotificationTemplates.notifies("NoSuchEvent"));
        assertTrue(NotificationTemplates.notifies("OrderSubmitted"));
    }
}
