package org.beian.application;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.List;
import org.beian.domain.model.verification.VerificationPurpose;

/**
 * A verification code entered was wrong, expired, dead after too many attempts, or never sent: one
 * failure per code, each with its message key ({@code error.code.WRONG} with the attempts left,
 * {@code error.code.EXPIRED}, {@code error.code.TOO_MANY_ATTEMPTS}, {@code error.code.NONE}).
 *
 * <p>Unlike the other business failures it does <em>not</em> roll back: the wrong attempt it reports
 * must be counted. Whoever throws it has written nothing else in the transaction.
 */
@ApplicationException(rollback = false)
public class VerificationCodeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** One code that did not prove its purpose. */
    public record Failure(VerificationPurpose purpose, String messageKey, int attemptsLeft) implements Serializable {}

    private final List<Failure> failures;

    public VerificationCodeException(List<Failure> failures) {
        super(failures.get(0).messageKey(), failures.get(0).attemptsLeft());
        this.failures = List.copyOf(failures);
    }

    public List<Failure> getFailures() { return failures; }
}
