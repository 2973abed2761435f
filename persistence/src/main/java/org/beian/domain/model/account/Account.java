package org.beian.domain.model.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A login account: the owner of subjects and orders (applicants), or a member of the provider's staff
 * (reviewers, administrators). The password is kept only as a PBKDF2 hash in the format of Jakarta
 * Security's {@code Pbkdf2PasswordHash}, so the container's database identity store can verify it.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.findByUsername", query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = "Account.listEnabledByRole",
        query = "SELECT DISTINCT a FROM Account a JOIN a.roles r WHERE r = :role AND a.enabled = TRUE ORDER BY a.id")
public class Account {

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 128)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(length = 20)
    private String mobile;

    /** The language notifications and the UI use for this account: a BCP 47 tag, {@code zh-CN} or {@code en}. */
    @Column(name = "language_tag", nullable = false, length = 16)
    private String languageTag;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 16)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {}

    public Account(String username, String passwordHash, String displayName, String languageTag, Set<Role> roles, Instant createdAt) {
        this.username = Objects.requireNonNull(username);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.displayName = Objects.requireNonNull(displayName);
        this.languageTag = Objects.requireNonNull(languageTag);
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.enabled = true;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getUsername() { return username; }
    public String getPasswordHash() { return passwordHash; }
    public String getDisplayName() { return displayName; }
    public String getEmail() { return email; }
    public String getMobile() { return mobile; }
    public String getLanguageTag() { return languageTag; }
    public boolean isEnabled() { return enabled; }
    public Instant getCreatedAt() { return createdAt; }
    public Set<Role> getRoles() { return Collections.unmodifiableSet(roles); }

    public boolean hasRole(Role role) { return roles.contains(role); }

    public void changeContact(String email, String mobile) {
        this.email = email;
        this.mobile = mobile;
    }

    public void changeLanguage(String languageTag) { this.languageTag = Objects.requireNonNull(languageTag); }

    public void changePasswordHash(String passwordHash) { this.passwordHash = Objects.requireNonNull(passwordHash); }

    public void disable() { this.enabled = false; }

    public void enable() { this.enabled = true; }
}
