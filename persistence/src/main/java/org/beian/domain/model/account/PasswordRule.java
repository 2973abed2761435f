package org.beian.domain.model.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The strength a new password needs: at least {@link #MIN_LENGTH} characters, letters and digits,
 * and not the user name inside it (compared without case). Every rule it breaks is reported, each
 * with its own message key.
 */
public final class PasswordRule {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    /** A rule a password breaks; {@link #messageKey()} is a key of the UI bundle. */
    public enum Problem {
        TOO_SHORT("error.password.tooShort"),
        TOO_LONG("error.password.tooLong"),
        NEEDS_LETTER("error.password.needsLetter"),
        NEEDS_DIGIT("error.password.needsDigit"),
        CONTAINS_USERNAME("error.password.containsUsername");

        private final String messageKey;

        Problem(String messageKey) { this.messageKey = messageKey; }

        public String messageKey() { return messageKey; }
    }

    private PasswordRule() {}

    /** The rules {@code password} breaks for the account {@code username}; empty when it is strong enough. */
    public static List<Problem> problems(String username, String password) {
        String candidate = password == null ? "" : password;
        List<Problem> problems = new ArrayList<>();
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            problems.add(Problem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            problems.add(Problem.TOO_LONG);
        }
        if (candidate.codePoints().noneMatch(PasswordRule::isLatinLetter)) {
            problems.add(Problem.NEEDS_LETTER);
        }
        if (candidate.codePoints().noneMatch(c -> c >= '0' && c <= '9')) {
            problems.add(Problem.NEEDS_DIGIT);
        }
        if (username != null && !username.isBlank()
                && candidate.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            problems.add(Problem.CONTAINS_USERNAME);
        }
        return List.copyOf(problems);
    }

    private static boolean isLatinLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
