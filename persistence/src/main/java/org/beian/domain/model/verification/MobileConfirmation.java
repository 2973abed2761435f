package org.beian.domain.model.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A mobile an account proved it reaches, by a code sent to it (the filing wizard's principal mobiles).
 * Kept per account: it lets that account file the number as a principal's without asking again; another
 * account filing the same number confirms it for itself.
 */
@Entity
@Table(name = "mobile_confirmation")
@NamedQuery(name = "MobileConfirmation.listConfirmed",
        query = "SELECT m.mobile FROM MobileConfirmation m WHERE m.accountId = :accountId AND m.mobile IN :mobiles")
public class MobileConfirmation {

    @Id
    @SequenceGenerator(name = "mobile_confirmation_seq", sequenceName = "mobile_confirmation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mobile_confirmation_seq")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = 11)
    private String mobile;

    @Column(name = "confirmed_at", nullable = false)
    private Instant confirmedAt;

    protected MobileConfirmation() {}

    public MobileConfirmation(long accountId, String mobile, Instant confirmedAt) {
        this.accountId = accountId;
        this.mobile = Objects.requireNonNull(mobile);
        this.confirmedAt = Objects.requireNonNull(confirmedAt);
    }

    public long getAccountId() { return accountId; }
    public String getMobile() { return mobile; }
    public Instant getConfirmedAt() { return confirmedAt; }
}
