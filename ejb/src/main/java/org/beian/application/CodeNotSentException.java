package org.beian.application;

import jakarta.ejb.ApplicationException;
import java.time.Instant;

/**
 * No new verification code now: within 60 seconds of the last ({@code error.code.cooldown}, argument
 * the seconds to wait) or the day's codes for this address are used up ({@code error.code.dailyLimit}).
 */
@ApplicationException(rollback = true)
public class CodeNotSentException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final Instant nextSendAt;

    public CodeNotSentException(String messageKey, long secondsToWait, Instant nextSendAt) {
        super(messageKey, secondsToWait);
        this.nextSendAt = nextSendAt;
    }

    /** When a code may be asked for again. */
    public Instant getNextSendAt() { return nextSendAt; }
}
