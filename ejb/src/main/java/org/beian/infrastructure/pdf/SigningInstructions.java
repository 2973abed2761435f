package org.beian.infrastructure.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * What the signer of one form must do, for the subject's province and whether it is an individual: the
 * numbered lines of the form's instructions, whether a fingerprint box goes beside the signature, and
 * the paragraph to copy by hand. The texts and their sources are data, in
 * {@code signing-instructions.properties}; this class only chooses among them.
 */
final class SigningInstructions {

    static final String FINGERPRINT = "fingerprint";
    static final String COMMITMENT = "commitment";

    private static final String BUNDLE = "org.beian.infrastructure.pdf.signing-instructions";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle texts;
    private final String province;
    private final String who;

    SigningInstructions(String provinceCode, boolean individual, Locale locale) {
        this.texts = ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE);
        this.province = provinceCode == null ? "" : provinceCode;
        this.who = individual ? "individual" : "organisation";
    }

    /** The instruction lines in print order. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (String item : texts.getString("items").split(",")) {
            find(item).ifPresent(lines::add);
        }
        return lines;
    }

    boolean fingerprint() {
        return find(FINGERPRINT).isPresent();
    }

    /** The paragraph the signer copies by hand, always in Chinese, when the province asks for one. */
    Optional<String> commitment() {
        return find(COMMITMENT).flatMap(line -> text(keyOf(COMMITMENT) + ".text"));
    }

    /** A translation of the commitment for readers of another language; empty in Chinese. */
    Optional<String> commitmentGloss() {
        return find(COMMITMENT).flatMap(line -> text(keyOf(COMMITMENT) + ".gloss"));
    }

    private Optional<String> find(String item) {
        String key = keyOf(item);
        return key == null ? Optional.empty() : text(key);
    }

    /** The most specific key the bundle has for the item, or null. */
    private String keyOf(String item) {
        for (String key : List.of(province + "." + who + "." + item, province + ".all." + item,
                "default." + who + "." + item, "default.all." + item)) {
            if (texts.containsKey(key)) {
                return key;
            }
        }
        return null;
    }

    private Optional<String> text(String key) {
        return texts.containsKey(key) && !texts.getString(key).isBlank()
                ? Optional.of(texts.getString(key)) : Optional.empty();
    }
}
