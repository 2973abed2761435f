package org.beian.infrastructure.everify.standin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;

/**
 * STAND-IN. The phone side of the ministry's electronic verification platform, as the website principal
 * meets it after scanning the QR code: the session of the code, a check of each photo taken, and the
 * verification itself (identity card front and back, face). Not part of the desk: in production the
 * ministry's platform runs this page. The stand-in page {@code /ministry/everify.xhtml} calls it.
 */
public interface PhoneVerification {

    enum Status {
        /** The code may be used. */
        OPEN,
        /** Expired, or replaced by a refreshed code on the computer. */
        EXPIRED,
        PASSED,
        FAILED,
        /** The order no longer waits for a verification (its photo went in another way). */
        CLOSED,
        /** No such code. */
        UNKNOWN
    }

    /** The session as the phone shows it; the principal's name masked as the platform shows it (陈*明). */
    record Session(Status status, String orderNumber, String maskedName, Instant expiresAt, String failureKey)
            implements Serializable {}

    /**
     * One photo taken: the image as the platform keeps it (a JPEG, at most {@value PhoneImages#MAX_SIDE} px
     * on its long side) and a thumbnail, or the problem (a message key with its arguments).
     */
    record Capture(byte[] image, byte[] thumbnail, String problemKey, Object[] arguments) implements Serializable {

        public boolean accepted() {
            return problemKey == null;
        }
    }

    Session open(@NotBlank @Size(max = 64) String token);

    /** Checks one photo: a JPEG or PNG image that decodes, at most 10 MB, large enough to read. */
    Capture capture(@NotNull byte[] content);

    /**
     * Verifies with the photos {@link #capture} accepted: passes or fails by the stand-in's rules and answers
     * the desk. A code that is no longer open changes nothing and is answered as it is.
     */
    Session complete(@NotBlank @Size(max = 64) String token, @NotNull byte[] front, @NotNull byte[] back, @NotNull byte[] face);
}
