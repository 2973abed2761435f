package org.beian.application.internal;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.beian.domain.model.BeijingTime;

/**
 * The texts of notifications, per event type and language, from the bundle
 * {@code org/beian/application/internal/notifications*.properties}: {@code <type>.subject},
 * {@code <type>.body} (e-mail and inbox) and {@code <type>.sms}. An event type without texts notifies nobody.
 * Arguments: {0} order number, {1} reason, {2} review deadline, {3} bureau deadline, {4} the person's name,
 * {5} ICP numbers, {6} expiry or due date, {7} days, {8} website name, {9} courier, {10} tracking number. {@code <type>.filingPassword}, where present, is added to body and SMS when the
 * event says the bureau sent a filing password.
 */
public final class NotificationTemplates {

    private static final String BUNDLE = "org.beian.application.internal.notifications";

    public record Rendered(String subject, String body, String sms) {}

    private NotificationTemplates() {}

    /** Whether anyone is told of this event type (the base bundle has its texts). */
    public static boolean notifies(String eventType) {
        return ResourceBundle.getBundle(BUNDLE, Locale.ROOT).containsKey(eventType + ".subject");
    }

    public static Optional<Rendered> render(String eventType, Locale locale, Map<String, String> attributes, String name) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        if (!bundle.containsKey(eventType + ".subject")) {
            return Optional.empty();
        }
        Object[] arguments = {
                attributes.getOrDefault("orderNumber", ""),
                attributes.getOrDefault("reason", "-"),
                deadline(attributes.get("reviewDueAt")),
                deadline(attributes.get("bureauDueAt")),
                name == null ? "" : name,
                attributes.getOrDefault("icpNumbers", "-"),
                deadline(attributes.get("expiresAt")),
                attributes.getOrDefault("days", "-"),
                attributes.getOrDefault("websiteName", "-"),
                attributes.getOrDefault("courier", "-"),
                attributes.getOrDefault("trackingNumber", "-")
        };
        String body = format(bundle, eventType + ".body", arguments, locale);
        String sms = format(bundle, eventType + ".sms", arguments, locale);
        if ("true".equals(attributes.get("filingPasswordSent")) && bundle.containsKey(eventType + ".filingPassword")) {
            String password = format(bundle, eventType + ".filingPassword", arguments, locale);
            body = body + "\n\n" + password;
            sms = sms + password;
        }
        return Optional.of(new Rendered(format(bundle, eventType + ".subject", arguments, locale), body, sms));
    }

    private static String format(ResourceBundle bundle, String key, Object[] arguments, Locale locale) {
        try {
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Notification text " + key + " is missing", e);
        }
    }

    private static String deadline(String instant) {
        return instant == null ? "-" : BeijingTime.deadline(Instant.parse(instant));
    }
}
