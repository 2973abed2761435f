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
import java.time.Instant;
import java.util.Objects;

/**
 * One QR code of an order's electronic verification (电子化核验): the ministry's electronic verification
 * platform opened a session for the website principal and answered its reference (the code's token)
 * and how long the code is valid. The principal scans it, the platform checks the identity card and the
 * face, and answers passed or failed. A refreshed code is a new session; the one it replaces is
 * superseded (or expired, if its time had run out), and an answer to it changes nothing.
 */
@Entity
@Table(name = "electronic_verification")
@NamedQuery(name = "ElectronicVerification.findByReference",
        query = "SELECT v FROM ElectronicVerification v WHERE v.reference = :reference")
@NamedQuery(name = "ElectronicVerification.listByOrder",
        query = "SELECT v FROM ElectronicVerification v WHERE v.orderNumber = :orderNumber ORDER BY v.createdAt DESC, v.id DESC")
public class ElectronicVerification {

    public enum State {
        /** The code may be scanned until it expires. */
        OPEN,
        PASSED,
        /** The platform refused (the reason is a message key); the applicant starts again with a new code. */
        FAILED,
        /** The code's time ran out before anyone finished with it. */
        EXPIRED,
        /** A newer code replaced this one. */
        SUPERSEDED
    }

    @Id
    @SequenceGenerator(name = "electronic_verification_seq", sequenceName = "electronic_verification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "electronic_verification_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "order_number", nullable = false, length = 20)
    private String orderNumber;

    /** The platform's reference of the session: the token in the code's address. */
    @Column(nullable = false, length = 64)
    private String reference;

    @Column(name = "phone_url", nullable = false, length = 500)
    private String phoneUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Column(name = "failure_reason", length = 64)
    private String failureReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ElectronicVerification() {}

    public ElectronicVerification(String orderNumber, String reference, String phoneUrl, Instant createdAt, Instant expiresAt) {
        this.orderNumber = Objects.requireNonNull(orderNumber);
        this.reference = Objects.requireNonNull(reference);
        this.phoneUrl = Objects.requireNonNull(phoneUrl);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("A code expires after it is made: " + createdAt + " / " + expiresAt);
        }
        this.state = State.OPEN;
    }

    /** The state at {@code now}: an open code past its expiry is expired, whether or not that was written yet. */
    public State stateAt(Instant now) {
        return state == State.OPEN && !now.isBefore(expiresAt) ? State.EXPIRED : state;
    }

    public boolean isOpenAt(Instant now) {
        return stateAt(now) == State.OPEN;
    }

    /** A new code replaces this one. A finished session keeps its outcome. */
    public void replace(Instant now) {
        State current = stateAt(now);
        if (current == State.OPEN) {
            finish(State.SUPERSEDED, null, now);
        } else if (current == State.EXPIRED && state == State.OPEN) {
            finish(State.EXPIRED, null, expiresAt);
        }
    }

    /** The platform passed the principal. Only an open code can pass. */
    public void pass(Instant now) {
        requireOpen(now);
        finish(State.PASSED, null, now);
    }

    /** The platform refused, for the reason (a message key). Only an open code can fail. */
    public void fail(String reasonKey, Instant now) {
        requireOpen(now);
        finish(State.FAILED, Objects.requireNonNull(reasonKey), now);
    }

    private void requireOpen(Instant now) {
        if (!isOpenAt(now)) {
            throw new IllegalStateException("Electronic verification " + reference + " of order " + orderNumber + " is " + stateAt(now));
        }
    }

    private void finish(State outcome, String reasonKey, Instant at) {
        this.state = outcome;
        this.failureReason = reasonKey;
        this.finishedAt = at;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getOrderNumber() { return orderNumber; }
    public String getReference() { return reference; }
    public String getPhoneUrl() { return phoneUrl; }
    /** As written; see {@link #stateAt} for what it is now. */
    public State getState() { return state; }
    public String getFailureReason() { return failureReason; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getFinishedAt() { return finishedAt; }
}
