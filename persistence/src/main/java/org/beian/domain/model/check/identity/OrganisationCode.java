package org.beian.domain.model.check.identity;

/**
 * The GB 11714-1997 organisation code check character. Before 2015 every organisation had such a code;
 * it lives on as characters 9–17 of the unified social credit code.
 */
public final class OrganisationCode {

    private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private OrganisationCode() {}

    /**
     * The check character for an 8-character body of digits and upper-case letters (A=10 … Z=35):
     * 11 − (weighted sum mod 11), where 10 is written X and 11 is written 0.
     *
     * @throws IllegalArgumentException if the body is not 8 digits or upper-case letters
     */
    public static char checkCharacter(String body) {
        if (body.length() != 8) {
            throw new IllegalArgumentException("organisation code body must have 8 characters: " + body);
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += value(body.charAt(i)) * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /** Whether nine characters (body + check, hyphen already removed) are a valid organisation code. */
    public static boolean isValid(String nineCharacters) {
        return nineCharacters.length() == 9
                && nineCharacters.substring(0, 8).chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')
                && checkCharacter(nineCharacters.substring(0, 8)) == nineCharacters.charAt(8);
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        throw new IllegalArgumentException("not an organisation code character: " + c);
    }
}
