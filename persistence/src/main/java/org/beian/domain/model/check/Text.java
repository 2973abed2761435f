package org.beian.domain.model.check;

import java.text.Normalizer;
import java.util.Locale;

/** Normalisation shared by the checks. */
public final class Text {

    private Text() {}

    /**
     * NFKC and strip. NFKC folds the full-width digits, letters, hyphens and spaces that Chinese input
     * methods produce ("１１０１" → "1101") so that a check never rejects what merely looks different.
     */
    public static String fold(String value) {
        return value == null ? "" : Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
    }

    /** {@link #fold} without any whitespace inside, upper case: for identifiers pasted with spaces. */
    public static String compactUpper(String value) {
        return fold(value).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
