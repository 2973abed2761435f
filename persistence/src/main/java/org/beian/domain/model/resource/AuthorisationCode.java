package org.beian.domain.model.resource;

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
import java.util.Objects;

/**
 * A filing authorisation code (备案授权码): lets another account file a website on a resource of the
 * issuing account. The first account that uses it becomes its holder.
 */
@Entity
@Table(name = "authorisation_code")
@NamedQuery(name = "AuthorisationCode.findByCode", query = "SELECT a FROM AuthorisationCode a JOIN FETCH a.resource WHERE a.code = :code")
@NamedQuery(name = "AuthorisationCode.listByIssuer",
        query = "SELECT a FROM AuthorisationCode a JOIN FETCH a.resource WHERE a.issuerAccountId = :accountId ORDER BY a.createdAt DESC")
public class AuthorisationCode {

    @Id
    @SequenceGenerator(name = "authorisation_code_seq", sequenceName = "authorisation_code_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authorisation_code_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(name = "issuer_account_id", nullable = false)
    private long issuerAccountId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "resource_id")
    private CloudResource resource;

    @Column(name = "holder_account_id")
    private Long holderAccountId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private boolean revoked;

    protected AuthorisationCode() {}

    public AuthorisationCode(String code, long issuerAccountId, CloudResource resource, Instant createdAt, Instant expiresAt) {
        this.code = Objects.requireNonNull(code);
        this.issuerAccountId = issuerAccountId;
        this.resource = Objects.requireNonNull(resource);
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Usable by this account now: not revoked, not expired, not held by another account. */
    public boolean usableBy(long accountId, Instant now) {
        return !revoked && now.isBefore(expiresAt) && accountId != issuerAccountId
                && (holderAccountId == null || holderAccountId == accountId);
    }

    public void holdFor(long accountId) {
        if (holderAccountId != null && holderAccountId != accountId) {
            throw new IllegalStateException("Authorisation code " + code + " is held by another account");
        }
        this.holderAccountId = accountId;
    }

    public void revoke() { this.revoked = true; }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public long getIssuerAccountId() { return issuerAccountId; }
    public CloudResource getResource() { return resource; }
    public Long getHolderAccountId() { return holderAccountId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public boolean isRevoked() { return revoked; }
}
