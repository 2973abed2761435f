package org.beian.domain.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notation of the "problems" column in the CSV tables under {@code check/}: problem codes separated
 * by spaces, each optionally with its arguments in brackets, separated by semicolons —
 * {@code RESIDENT_ID_CHECK_CHARACTER(X;1) RESIDENT_ID_BIRTH_DATE}. An empty column means no problem.
 * Codes are compared as a multiset (order does not matter); arguments only where written.
 */
public final class ExpectedProblems {

    private static final Pattern TOKEN = Pattern.compile("([A-Z0-9_]+)(?:\\((.*)\\))?");

    public record Expected(String code, List<String> arguments) {}

    private ExpectedProblems() {}

    public static List<Expected> parse(String column) {
        List<Expected> expected = new ArrayList<>();
        if (column == null || column.isBlank()) {
            return expected;
        }
        for (String token : column.trim().split("\\s+")) {
            Matcher matcher = TOKEN.matcher(token);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("bad problem token in test table: " + token);
            }
            List<String> arguments = matcher.group(2) == null ? null : Arrays.asList(matcher.group(2).split(";", -1));
            expected.add(new Expected(matcher.group(1), arguments));
        }
        return expected;
    }

    public static void assertProblems(String column, List<Problem> actual) {
        List<Expected> expected = parse(column);
        List<String> expectedCodes = expected.stream().map(Expected::code).sorted().toList();
        List<String> actualCodes = actual.stream().map(p -> p.code().code()).sorted().toList();
        assertEquals(expectedCodes, actualCodes, () -> "problems were " + actual);
        for (Expected e : expected) {
            if (e.arguments() != null) {
                assertTrue(actual.stream().anyMatch(p -> p.code().code().equals(e.code()) && p.arguments().equals(e.arguments())),
                        () -> "expected " + e.code() + e.arguments() + " but problems were " + actual);
            }
        }
    }
}
