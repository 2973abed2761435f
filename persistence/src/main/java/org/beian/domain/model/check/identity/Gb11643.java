package org.beian.domain.model.check.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** The GB 11643-1999 check character and birth-date field, shared by resident IDs and 2023 PR cards. */
final class Gb11643 {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    private Gb11643() {}

    /** The check character for the first 17 digits (which the caller has verified are digits). */
    static char checkCharacter(String seventeenDigits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (seventeenDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** Digits 7–14 (1-based) as a date, empty when they are no calendar date (e.g. 19900230). */
    static Optional<LocalDate> birthDate(String number) {
        String digits = number.substring(6, 14);
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(digits.substring(0, 4)),
                    Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6, 8))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
