package org.beian.domain.model.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.beian.domain.model.verification.ElectronicVerification.State;
import org.junit.jupiter.api.Test;

/** The life of one QR code: open for its validity, then passed, failed, expired or replaced, once. */
class ElectronicVerificationTest {

    private static final Instant MADE = Instant.parse("2025-09-01T02:00:00Z");
    private static final Instant EXPIRES = MADE.plus(Duration.ofMinutes(10));

    private static ElectronicVerification code() {
        return new ElectronicVerification("2509010001000", "tok", "http://localhost:8080/ministry/everify.xhtml?t=tok", MADE, EXPIRES);
    }

    @Test
    void aCodeIsOpenUntilItsExpiryAndExpiredFromThen() {
        ElectronicVerification code = code();
        assertTrue(code.isOpenAt(MADE));
        assertTrue(code.isOpenAt(EXPIRES.minusMillis(1)));
        assertEquals(State.EXPIRED, code.stateAt(EXPIRES));
        assertEquals(State.OPEN, code.getState(), "nothing is written by looking");
    }

    @Test
    void anOpenCodePassesOnceAndThenCannotFail() {
        ElectronicVerification code = code();
        code.pass(MADE.plusSeconds(60));
        assertEquals(State.PASSED, code.stateAt(EXPIRES.plusSeconds(1)), "a passed code stays passed after its expiry");
        assertEquals(MADE.plusSeconds(60), code.getFinishedAt());
        assertThrows(IllegalStateException.class, () -> code.fail("everify.failed.FACE_MISMATCH", MADE.plusSeconds(61)));
        assertThrows(IllegalStateException.class, () -> code.pass(MADE.plusSeconds(62)));
    }

    @Test
    void aFailureKeepsItsReason() {
        ElectronicVerification code = code();
        code.fail("everify.failed.FACE_MISMATCH", MADE.plusSeconds(30));
        assertEquals(State.FAILED, code.getState());
        assertEquals("everify.failed.FACE_MISMATCH", code.getFailureReason());
    }

    @Test
    void anExpiredCodeCanNeitherPassNorFail() {
        ElectronicVerification code = code();
        assertThrows(IllegalStateException.class, () -> code.pass(EXPIRES));
        assertThrows(IllegalStateException.class, () -> code.fail("everify.failed.FACE_MISMATCH", EXPIRES.plusSeconds(1)));
        assertEquals(State.OPEN, code.getState());
    }

    @Test
    void replacingAnOpenCodeSupersedesItAndAnExpiredOneIsWrittenExpired() {
        ElectronicVerification open = code();
        open.replace(MADE.plusSeconds(10));
        assertEquals(State.SUPERSEDED, open.getState());
        assertFalse(open.isOpenAt(MADE.plusSeconds(11)));
        assertThrows(IllegalStateException.class, () -> open.pass(MADE.plusSeconds(12)));

        ElectronicVerification late = code();
        late.replace(EXPIRES.plusSeconds(5));
        assertEquals(State.EXPIRED, late.getState());
        assertEquals(EXPIRES, late.getFinishedAt(), "it expired when its time ran out, not when it was replaced");
    }

    @Test
    void replacingAFinishedCodeKeepsItsOutcome() {
        ElectronicVerification failed = code();
        failed.fail("everify.failed.FACE_MISMATCH", MADE.plusSeconds(30));
        failed.replace(MADE.plusSeconds(40));
        assertEquals(State.FAILED, failed.getState());
        assertEquals("everify.failed.FACE_MISMATCH", failed.getFailureReason());

        ElectronicVerification passed = code();
        passed.pass(MADE.plusSeconds(30));
        passed.replace(MADE.plusSeconds(40));
        assertEquals(State.PASSED, passed.getState());
        assertNull(passed.getFailureReason());
    }

    @Test
    void aCodeMustExpireAfterItIsMade() {
        assertThrows(IllegalArgumentException.class, () -> new ElectronicVerification("2509010001000", "tok", "http://x/", MADE, MADE));
    }
}
