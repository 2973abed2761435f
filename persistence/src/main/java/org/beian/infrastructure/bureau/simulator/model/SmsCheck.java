package org.beian.infrastructure.bureau.simulator.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The ministry's SMS check (短信核验) of one responsible person: a 6-digit code valid 24 h, at most 3
 * resends; after 5 wrong attempts the next attempt returns the order to the provider.
 */
@Entity
@Table(name = "sms_check")
@NamedQuery(name = "SmsCheck.listOpenByMobile",
        query = "SELECT k FROM SmsCheck k JOIN FETCH k.bureauCase c WHERE k.mobile = :mobile AND k.verifiedAt IS NULL "
                + "AND c.state = org.beian.infrastructure.bureau.simulator.model.BureauCase.State.SMS_CHECK ORDER BY k.sentAt DESC")
public class SmsCheck {

    public static final int MAX_RESENDS = 3;
    public static final int MAX_WRONG_ATTEMPTS = 5;

    @Id
    @SequenceGenerator(name = "sms_check_seq", sequenceName = "sms_check_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sms_check_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private BureauCase bureauCase;

    @Column(name = "person_role", nullable = false, length = 40)
    private String role;

    @Column(name = "person_name", nullable = false, length = 64)
    private String name;

    @Column(nullable = false, length = 20)
    private String mobile;

    @Column(name = "id_last6", nullable = false, length = 6)
    private String idLast6;

    @Column(name = "code_hash", nullable = false, length = 512)
    private String codeHash;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private int resends;

    @Column(name = "wrong_attempts", nullable = false)
    private int wrongAttempts;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    protected SmsCheck() {}

    SmsCheck(BureauCase bureauCase, String role, String name, String mobile, String idLast6, String codeHash,
             Instant sentAt, Instant expiresAt) {
        this.bureauCase = bureauCase;
        this.role = role;
        this.name = name;
        this.mobile = mobile;
        this.idLast6 = idLast6;
        this.codeHash = codeHash;
        this.sentAt = sentAt;
        this.expiresAt = expiresAt;
    }

    public void wrongAttempt() { wrongAttempts++; }

    public void verified(Instant at) { this.verifiedAt = at; }

    public void resent(String codeHash, Instant sentAt, Instant expiresAt) {
        if (resends >= MAX_RESENDS) {
            throw new IllegalStateException("No more resends");
        }
        this.resends++;
        this.codeHash = codeHash;
        this.sentAt = sentAt;
        this.expiresAt = expiresAt;
    }

    public boolean isVerified() { return verifiedAt != null; }
    public boolean isExpired(Instant now) { return !expiresAt.isAfter(now); }
    public Long getId() { return id; }
    public BureauCase getBureauCase() { return bureauCase; }
    public String getRole() { return role; }
    public String getName() { return name; }
    public String getMobile() { return mobile; }
    public String getIdLast6() { return idLast6; }
    public String getCodeHash() { return codeHash; }
    public Instant getExpiresAt() { return expiresAt; }
    public int getResends() { return resends; }
    public int getWrongAttempts() { return wrongAttempts; }
}
