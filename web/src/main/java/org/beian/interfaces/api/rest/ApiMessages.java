package org.beian.interfaces.api.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.beian.interfaces.web.i18n.Messages;

/** The UI's texts for API answers, in the language the client asks for (Chinese unless it asks for English). */
final class ApiMessages {

    private ApiMessages() {}

    static Locale locale(HttpHeaders headers) {
        for (Locale accepted : headers.getAcceptableLanguages()) {
            if ("en".equals(accepted.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("zh".equals(accepted.getLanguage())) {
                return Locale.SIMPLIFIED_CHINESE;
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    static String text(HttpHeaders headers, String key, Object... arguments) {
        Locale locale = locale(headers);
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        try {
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
