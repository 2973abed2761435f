package org.beian.domain.model.check.catalogue;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.IntStream;

/**
 * The {@code rules} bundle: rule messages and fixes, labels of codes used as arguments
 * ({@code label.<CODE>}), and the filing-type determination texts. Chinese is the base bundle, English
 * {@code rules_en}. Lookup never falls back to the JVM's default locale, so a server started with an
 * English default still answers Chinese for zh-CN.
 */
public final class RuleTexts {

    public static final String BUNDLE = "org.beian.domain.model.check.catalogue.rules";

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private RuleTexts() {}

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE);
    }

    /** The raw text of a key, in MessageFormat syntax. */
    public static String template(Locale locale, String key) {
        return bundle(locale).getString(key);
    }

    /** The text of a key as a reader sees it, with its placeholders {0}, {1}, … left in. */
    public static String readableTemplate(Locale locale, String key) {
        Object[] placeholders = IntStream.range(0, 10).mapToObj(i -> "{" + i + "}").toArray();
        return new MessageFormat(template(locale, key), locale).format(placeholders);
    }

    /** The text of a key with its arguments rendered for the locale. */
    public static String format(Locale locale, String key, List<Finding.Argument> arguments) {
        ResourceBundle bundle = bundle(locale);
        Object[] rendered = arguments.stream().map(argument -> argument.render(bundle, locale)).toArray();
        MessageFormat format = new MessageFormat(bundle.getString(key), locale);
        return format.format(rendered);
    }

    /** The label of a code in the locale, or the code itself when the bundle has none. */
    public static String label(ResourceBundle bundle, String code) {
        String key = "label." + code;
        return bundle.containsKey(key) ? bundle.getString(key) : code;
    }
}
