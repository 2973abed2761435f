package org.beian.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.beian.domain.model.verification.VerificationPurpose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class VerificationCodeTextsTest {

    @ParameterizedTest
    @EnumSource(VerificationPurpose.class)
    void everyPurposeCarriesTheCodeAndItsValidityInChineseAndEnglish(VerificationPurpose purpose) {
        for (Locale locale : List.of(Locale.forLanguageTag("zh-CN"), Locale.ENGLISH)) {
            VerificationCodeTexts.Rendered texts = VerificationCodeTexts.render(purpose, locale, "048213");
            for (String text : List.of(texts.subject(), texts.body(), texts.sms())) {
                assertFalse(text.contains("{") || text.contains("}"), purpose + " " + locale + ": " + text);
            }
            assertTrue(texts.body().contains("048213") && texts.sms().contains("048213"), "the code, with its leading zero");
            assertTrue(texts.sms().contains("10"), "valid 10 minutes: " + texts.sms());
        }
    }

    @Test
    void theRegistrationSmsReadsAsTheDeskWritesIt() {
        assertEquals("【备案】您的注册验证码为123456，10分钟内有效。",
                VerificationCodeTexts.render(VerificationPurpose.REGISTRATION_EMAIL, Locale.forLanguageTag("zh-CN"), "123456").sms());
        assertTrue(VerificationCodeTexts.render(VerificationPurpose.REGISTRATION_MOBILE, Locale.ENGLISH, "123456").sms()
                .startsWith("[ICP filing] Your registration code is 123456, valid for 10 minutes."));
    }
}
