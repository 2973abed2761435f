package org.beian.domain.model.check.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import org.beian.domain.model.reference.ProvinceRules;

/**
 * One rule that an order breaks (or warns about), on one field.
 *
 * @param field       the concrete path, e.g. {@code websites[0].domains[1]} (matches one of the rule's patterns)
 * @param arguments   the message arguments, in placeholder order
 * @param appliedRule the province rule value that decided the outcome, when one did (null otherwise)
 */
public record Finding(Rule rule, String field, List<Argument> arguments, ProvinceRules.Applied appliedRule) {

    /**
     * A message argument. Most are literal values; codes (order types, service contents, natures, …) and
     * names from reference data are shown in the reader's language.
     *
     * @param value    what machines see (the code or the literal)
     * @param labelKey a code whose bundle label ({@code label.<code>}) is shown instead, or null
     * @param zh       the Chinese name to show, or null
     * @param en       the English name to show, or null
     */
    public record Argument(String value, String labelKey, String zh, String en) {

        public static Argument of(Object value) {
            return new Argument(String.valueOf(value), null, null, null);
        }

        public static Argument code(String code) {
            return new Argument(code, code, null, null);
        }

        public static Argument named(String value, String zh, String en) {
            return new Argument(value, null, zh, en);
        }

        String render(ResourceBundle bundle, Locale locale) {
            if (labelKey != null) {
                return RuleTexts.label(bundle, labelKey);
            }
            if (zh != null || en != null) {
                boolean english = "en".equals(locale.getLanguage());
                String name = english ? en : zh;
                return name != null ? name : Objects.requireNonNullElse(zh, en);
            }
            return value;
        }
    }

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(field, "field");
        arguments = List.copyOf(arguments);
    }

    public String code() {
        return rule.code();
    }

    public Severity severity() {
        return rule.severity();
    }

    /** The argument values as machines see them (codes, numbers, the offending text). */
    public List<String> argumentValues() {
        return arguments.stream().map(Argument::value).toList();
    }

    public Optional<ProvinceRules.Applied> provinceRule() {
        return Optional.ofNullable(appliedRule);
    }

    public String message(Locale locale) {
        return RuleTexts.format(locale, rule.code() + ".message", arguments);
    }

    public String fix(Locale locale) {
        return RuleTexts.format(locale, rule.code() + ".fix", arguments);
    }

    @Override
    public String toString() {
        return rule.code() + "@" + field + (arguments.isEmpty() ? "" : argumentValues().toString());
    }
}
