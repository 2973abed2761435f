package org.beian.domain.model.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.beian.domain.model.BeijingTime;

/**
 * The verification code of one purpose for one target (an e-mail address or a mobile), and its policy:
 * a code is 6 digits, valid for {@link #VALIDITY}, dead after {@link #MAX_WRONG_ATTEMPTS} wrong
 * attempts, used once; a new code replaces the last one, at most {@link #MAX_SENDS_PER_DAY} times per
 * Beijing calendar day and not within {@link #COOLDOWN} of the last. Only a salted SHA-256 hash of the
 * code is kept, never the code.
 */
@Entity
@Table(name = "verification_code")
@NamedQuery(name = "VerificationCode.findByPurposeAndTarget",
        query = "SELECT v FROM VerificationCode v WHERE v.purpose = :purpose AND v.target = :target")
public class VerificationCode {

    public static final Duration VALIDITY = Duration.ofMinutes(10);
    public static final int MAX_WRONG_ATTEMPTS = 5;
    public static final int MAX_SENDS_PER_DAY = 5;
    public static final Duration COOLDOWN = Duration.ofSeconds(60);
    public static final int DIGITS = 6;

    /** What became of a request for a new code. */
    public sealed interface Issue {
        /** A new code: send {@code code}, it is not kept. */
        record Issued(String code, Instant expiresAt, Instant nextSendAt, int sendsLeftToday) implements Issue {}
        /** No new code: too soon after the last one, or the day's codes are used up; try at {@code nextSendAt}. */
        record Refused(Reason reason, Instant nextSendAt) implements Issue {}
    }

    public enum Reason { COOLDOWN, DAILY_LIMIT }

    /** What a code entered proved. */
    public enum Outcome {
        CORRECT,
        /** Wrong, and counted: {@link Check#attemptsLeft()} remain. */
        WRONG,
        EXPIRED,
        /** Dead after too many wrong attempts: a new code is needed. */
        TOO_MANY_ATTEMPTS,
        /** No code was sent, or it was used already. */
        NONE
    }

    public record Check(Outcome outcome, int attemptsLeft) {
        public boolean correct() { return outcome == Outcome.CORRECT; }
    }

    @Id
    @SequenceGenerator(name = "verification_code_seq", sequenceName = "verification_code_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "verification_code_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private VerificationPurpose purpose;

    @Column(nullable = false, length = 254)
    private String target;

    @Column(name = "code_hash", length = 64)
    private String codeHash;

    @Column(name = "code_salt", length = 32)
    private String codeSalt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "wrong_attempts", nullable = false)
    private int wrongAttempts;

    /** The Beijing date {@link #sendsThatDay} counts. */
    @Column(name = "sends_on")
    private LocalDate sendsOn;

    @Column(name = "sends_that_day", nullable = false)
    private int sendsThatDay;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected VerificationCode() {}

    /** No code yet: {@link #issue} makes the first. */
    public VerificationCode(VerificationPurpose purpose, String target, Instant now) {
        this.purpose = Objects.requireNonNull(purpose);
        this.target = Objects.requireNonNull(target);
        this.createdAt = Objects.requireNonNull(now);
    }

    /** A new code replacing the last one (which stops working), unless the cooldown or the daily limit refuses it. */
    public Issue issue(Instant now, RandomGenerator random) {
        LocalDate today = LocalDate.ofInstant(now, BeijingTime.ZONE);
        int sentToday = today.equals(sendsOn) ? sendsThatDay : 0;
        if (sentAt != null && now.isBefore(sentAt.plus(COOLDOWN))) {
            return new Issue.Refused(Reason.COOLDOWN, sentAt.plus(COOLDOWN));
        }
        if (sentToday >= MAX_SENDS_PER_DAY) {
            return new Issue.Refused(Reason.DAILY_LIMIT, today.plusDays(1).atStartOfDay(BeijingTime.ZONE).toInstant());
        }
        String code = String.format("%0" + DIGITS + "d", random.nextInt(1_000_000));
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        this.codeSalt = HexFormat.of().formatHex(salt);
        this.codeHash = hash(code);
        this.sentAt = now;
        this.expiresAt = now.plus(VALIDITY);
        this.wrongAttempts = 0;
        this.usedAt = null;
        this.sendsOn = today;
        this.sendsThatDay = sentToday + 1;
        return new Issue.Issued(code, expiresAt, nextSendAt(), MAX_SENDS_PER_DAY - sendsThatDay);
    }

    /** Checks a code entered; a wrong one counts against the attempts (the caller must commit that even when it refuses). */
    public Check check(String entered, Instant now) {
        if (codeHash == null || usedAt != null) {
            return new Check(Outcome.NONE, 0);
        }
        if (wrongAttempts >= MAX_WRONG_ATTEMPTS) {
            return new Check(Outcome.TOO_MANY_ATTEMPTS, 0);
        }
        if (!now.isBefore(expiresAt)) {
            return new Check(Outcome.EXPIRED, MAX_WRONG_ATTEMPTS - wrongAttempts);
        }
        if (entered != null && MessageDigest.isEqual(hash(entered.strip()).getBytes(StandardCharsets.US_ASCII),
                codeHash.getBytes(StandardCharsets.US_ASCII))) {
            return new Check(Outcome.CORRECT, MAX_WRONG_ATTEMPTS - wrongAttempts);
        }
        wrongAttempts++;
        return wrongAttempts >= MAX_WRONG_ATTEMPTS ? new Check(Outcome.TOO_MANY_ATTEMPTS, 0)
                : new Check(Outcome.WRONG, MAX_WRONG_ATTEMPTS - wrongAttempts);
    }

    /** The code did its job: it works no more. Only after a {@link Outcome#CORRECT} check. */
    public void use(Instant now) {
        if (codeHash == null || usedAt != null) {
            throw new IllegalStateException("No code to use for " + purpose);
        }
        this.usedAt = now;
    }

    /** When the next code may be sent (the cooldown after the last; the daily limit is told by {@link #issue}). */
    public Instant nextSendAt() {
        return sentAt == null ? createdAt : sentAt.plus(COOLDOWN);
    }

    private String hash(String code) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(codeSalt.getBytes(StandardCharsets.US_ASCII));
            digest.update((purpose.name() + '\n' + target + '\n' + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public VerificationPurpose getPurpose() { return purpose; }
    public String getTarget() { return target; }
    public Instant getSentAt() { return sentAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public int getWrongAttempts() { return wrongAttempts; }
    public Instant getUsedAt() { return usedAt; }
    String getCodeHash() { return codeHash; }
}
