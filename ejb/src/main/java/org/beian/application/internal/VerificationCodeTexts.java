package org.beian.application.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.beian.domain.model.verification.VerificationCode;
import org.beian.domain.model.verification.VerificationPurpose;

/**
 * The texts that carry a verification code, per purpose and language, from the bundle
 * {@code org/beian/application/internal/verificationcodes*.properties}: {@code <PURPOSE>.subject},
 * {@code .body} (e-mail) and {@code .sms}. Arguments: {0} the code, {1} the minutes it is valid.
 */
public final class VerificationCodeTexts {

    private static final String BUNDLE = "org.beian.application.internal.verificationcodes";

    public record Rendered(String subject, String body, String sms) {}

    private VerificationCodeTexts() {}

    public static Rendered render(VerificationPurpose purpose, Locale locale, String code) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        Object[] arguments = {code, String.valueOf(VerificationCode.VALIDITY.toMinutes())};
        return new Rendered(format(bundle, purpose + ".subject", arguments, locale), format(bundle, purpose + ".body", arguments, locale),
                format(bundle, purpose + ".sms", arguments, locale));
    }

    private static String format(ResourceBundle bundle, String key, Object[] arguments, Locale locale) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
