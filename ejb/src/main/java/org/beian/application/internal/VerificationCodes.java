package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.beian.application.CodeNotSentException;
import org.beian.application.VerificationCodeException;
import org.beian.application.dto.CodeSent;
import org.beian.application.port.NotificationDispatch;
import org.beian.domain.model.notification.Notification;
import org.beian.domain.model.notification.NotificationRepository;
import org.beian.domain.model.verification.VerificationCode;
import org.beian.domain.model.verification.VerificationCodeRepository;
import org.beian.domain.model.verification.VerificationPurpose;

/**
 * Issuing and checking verification codes ({@link VerificationCode} holds the policy). A code goes out
 * as one {@link Notification} without an account (e-mail to an address, SMS to a mobile) through the
 * ordinary delivery: retries, ordering per recipient and the dead-message queue apply.
 */
@ApplicationScoped
public class VerificationCodes {

    /** The event type of code notifications (they belong to no application event; each has an id of its own). */
    static final String EVENT_TYPE = "VerificationCode";

    private final SecureRandom random = new SecureRandom();

    @Inject
    private VerificationCodeRepository codes;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private NotificationDispatch dispatch;

    /**
     * Issues a new code for the purpose and target and, when {@code recipientKnown}, sends it on the channel.
     * A code issued but not sent (a password reset for details that match no account) behaves to the
     * caller exactly like one sent, so the answer never tells whether an account exists.
     */
    public CodeSent issue(VerificationPurpose purpose, String target, Notification.Channel channel, String languageTag,
                          boolean recipientKnown) {
        Instant now = Instant.now();
        VerificationCode code = codes.findByPurposeAndTarget(purpose, target)
                .orElseGet(() -> codes.add(new VerificationCode(purpose, target, now)));
        VerificationCode.Issue issue = code.issue(now, random);
        if (issue instanceof VerificationCode.Issue.Refused refused) {
            long seconds = Math.max(1, Duration.between(now, refused.nextSendAt()).toSeconds());
            throw new CodeNotSentException(refused.reason() == VerificationCode.Reason.COOLDOWN ? "error.code.cooldown" : "error.code.dailyLimit",
                    seconds, refused.nextSendAt());
        }
        VerificationCode.Issue.Issued issued = (VerificationCode.Issue.Issued) issue;
        if (recipientKnown) {
            VerificationCodeTexts.Rendered texts = VerificationCodeTexts.render(purpose, Locale.forLanguageTag(languageTag), issued.code());
            Notification notification = notifications.add(new Notification(UUID.randomUUID().toString(), EVENT_TYPE, channel, null, target,
                    languageTag, texts.subject(), channel == Notification.Channel.EMAIL ? texts.body() : texts.sms(), now));
            dispatch.dispatch(notification.getId(), Duration.ZERO);
        }
        return new CodeSent(issued.expiresAt(), issued.nextSendAt(), issued.sendsLeftToday());
    }

    /**
     * The code's check, counted (a wrong attempt is written to the row); the caller collects the failures
     * and throws one {@link VerificationCodeException}, which commits the count.
     */
    public Check check(VerificationPurpose purpose, String target, String entered) {
        // entered == null: a wrong attempt whatever the code (details that match no account).
        Optional<VerificationCode> code = codes.findByPurposeAndTarget(purpose, target);
        VerificationCode.Check check = code.map(c -> c.check(entered, Instant.now()))
                .orElse(new VerificationCode.Check(VerificationCode.Outcome.NONE, 0));
        return new Check(purpose, code.orElse(null), check);
    }

    /** One code checked: {@link #use()} it once every code of the request is correct. */
    public record Check(VerificationPurpose purpose, VerificationCode code, VerificationCode.Check result) {

        public boolean correct() { return result.correct(); }

        public VerificationCodeException.Failure failure() {
            return new VerificationCodeException.Failure(purpose, "error.code." + result.outcome().name(), result.attemptsLeft());
        }

        public void use() {
            code.use(Instant.now());
        }
    }
}
