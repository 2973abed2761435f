package org.beian.domain.model.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.beian.domain.model.verification.VerificationCode.Issue;
import org.beian.domain.model.verification.VerificationCode.Outcome;
import org.beian.domain.model.verification.VerificationCode.Reason;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

    /** 10:00 Beijing time (02:00 UTC). */
    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");

    private final Random random = new Random(42);
    private final VerificationCode code = new VerificationCode(VerificationPurpose.REGISTRATION_MOBILE, "13800138000", T0);

    private String issue(Instant at) {
        return assertInstanceOf(Issue.Issued.class, code.issue(at, random)).code();
    }

    @Test
    void aCodeIsSixDigitsValidTenMinutesAndKeptOnlyAsAHash() {
        Issue.Issued issued = assertInstanceOf(Issue.Issued.class, code.issue(T0, random));
        assertTrue(issued.code().matches("\\d{6}"), issued.code());
        assertEquals(T0.plus(Duration.ofMinutes(10)), issued.expiresAt());
        assertEquals(T0.plusSeconds(60), issued.nextSendAt());
        assertEquals(4, issued.sendsLeftToday());
        assertFalse(code.getCodeHash().contains(issued.code()));
        assertEquals(64, code.getCodeHash().length());

        assertEquals(Outcome.CORRECT, code.check(issued.code(), T0.plus(Duration.ofMinutes(10)).minusMillis(1)).outcome());
        assertEquals(Outcome.EXPIRED, code.check(issued.code(), T0.plus(Duration.ofMinutes(10))).outcome());
    }

    @Test
    void noCodeSentIsNone() {
        assertEquals(Outcome.NONE, code.check("123456", T0).outcome());
    }

    @Test
    void fiveWrongAttemptsKillTheCodeEvenForTheRightOne() {
        String right = issue(T0);
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int left = 4; left >= 1; left--) {
            VerificationCode.Check check = code.check(wrong, T0.plusSeconds(5));
            assertEquals(Outcome.WRONG, check.outcome());
            assertEquals(left, check.attemptsLeft());
        }
        assertEquals(Outcome.TOO_MANY_ATTEMPTS, code.check(wrong, T0.plusSeconds(6)).outcome(), "the fifth wrong attempt");
        assertEquals(Outcome.TOO_MANY_ATTEMPTS, code.check(right, T0.plusSeconds(7)).outcome());
        assertEquals(5, code.getWrongAttempts());

        String next = issue(T0.plusSeconds(60));
        assertEquals(0, code.getWrongAttempts(), "a new code starts over");
        assertTrue(code.check(next, T0.plusSeconds(61)).correct());
    }

    @Test
    void aCodeWorksOnceAndANewOneReplacesTheLast() {
        String first = issue(T0);
        String second = issue(T0.plusSeconds(60));
        if (!first.equals(second)) {
            assertEquals(Outcome.WRONG, code.check(first, T0.plusSeconds(61)).outcome(), "the replaced code no longer works");
        }
        assertTrue(code.check(second, T0.plusSeconds(62)).correct());
        code.use(T0.plusSeconds(62));
        assertEquals(Outcome.NONE, code.check(second, T0.plusSeconds(63)).outcome());
        assertThrows(IllegalStateException.class, () -> code.use(T0.plusSeconds(64)));
    }

    @Test
    void noNewCodeWithinSixtySecondsOfTheLast() {
        issue(T0);
        Issue refused = code.issue(T0.plusSeconds(59), random);
        assertEquals(new Issue.Refused(Reason.COOLDOWN, T0.plusSeconds(60)), refused);
        assertInstanceOf(Issue.Issued.class, code.issue(T0.plusSeconds(60), random));
    }

    @Test
    void atMostFiveCodesPerBeijingDay() {
        for (int i = 0; i < 5; i++) {
            issue(T0.plus(Duration.ofMinutes(i)));
        }
        Issue refused = code.issue(T0.plus(Duration.ofMinutes(10)), random);
        // Beijing midnight of 2026-03-03 is 16:00 UTC on 2026-03-02.
        assertEquals(new Issue.Refused(Reason.DAILY_LIMIT, Instant.parse("2026-03-02T16:00:00Z")), refused);
        Issue.Issued nextDay = assertInstanceOf(Issue.Issued.class, code.issue(Instant.parse("2026-03-02T16:00:00Z"), random));
        assertEquals(4, nextDay.sendsLeftToday());
    }

    @Test
    void theHashDependsOnPurposeTargetAndSalt() {
        VerificationCode other = new VerificationCode(VerificationPurpose.PASSWORD_RESET, "13800138000", T0);
        Random same = new Random(7);
        String a = assertInstanceOf(Issue.Issued.class, code.issue(T0, same)).code();
        same = new Random(7);
        String b = assertInstanceOf(Issue.Issued.class, other.issue(T0, same)).code();
        assertEquals(a, b, "same random, same code");
        assertNotEquals(code.getCodeHash(), other.getCodeHash());
    }
}
