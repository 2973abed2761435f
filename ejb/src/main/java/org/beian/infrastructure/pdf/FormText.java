package org.beian.infrastructure.pdf;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.beian.domain.model.check.catalogue.RuleTexts;

/**
 * The words the form prints in one language: its own labels ({@code form.properties}, Chinese base,
 * {@code form_en}) and the labels of snapshot codes, which the rule catalogue already translates. Any
 * language other than English gets Chinese, the language the bureau reads. Lookup never falls back to
 * the JVM's default locale, so a server started in English still prints Chinese for zh-CN.
 */
final class FormText {

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle labels;
    private final ResourceBundle codes;

    FormText(Locale locale) {
        this.locale = isChinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        this.labels = ResourceBundle.getBundle("org.beian.infrastructure.pdf.form", this.locale, NO_DEFAULT_LOCALE);
        this.codes = RuleTexts.bundle(this.locale);
    }

    static boolean isChinese(Locale locale) {
        return !Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    Locale locale() {
        return locale;
    }

    String get(String key) {
        return labels.getString(key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(labels.getString(key), locale).format(arguments);
    }

    /** The label of a service-content, pre-approval or cloud-service code; an unknown code as itself. */
    String code(String code) {
        return code == null || code.isBlank() ? "" : RuleTexts.label(codes, code);
    }

    String codes(List<String> codes) {
        return codes.stream().map(this::code).collect(Collectors.joining(get("list.separator")));
    }

    /** A language tag such as zh-CN as the reader's language names it. */
    String language(String tag) {
        return Locale.forLanguageTag(tag).getDisplayName(locale);
    }

    String languages(List<String> tags) {
        return tags.stream().map(this::language).collect(Collectors.joining(get("list.separator")));
    }
}
