package org.beian.domain.model.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One access provider (接入服务商) a website is filed with, since when, and until when. */
@Entity
@Table(name = "website_access")
public class WebsiteAccess {

    @Id
    @SequenceGenerator(name = "website_access_seq", sequenceName = "website_access_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "website_access_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "website_id")
    private Website website;

    @Column(name = "provider_name", nullable = false, length = 128)
    private String providerName;

    @Column(name = "this_provider", nullable = false)
    private boolean thisProvider;

    @Column(nullable = false)
    private Instant since;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected WebsiteAccess() {}

    WebsiteAccess(Website website, String providerName, boolean thisProvider, Instant since) {
        this.website = website;
        this.providerName = providerName;
        this.thisProvider = thisProvider;
        this.since = since;
    }

    void end(Instant now) { this.endedAt = now; }

    public boolean isActive() { return endedAt == null; }
    public Long getId() { return id; }
    public String getProviderName() { return providerName; }
    public boolean isThisProvider() { return thisProvider; }
    public Instant getSince() { return since; }
    public Instant getEndedAt() { return endedAt; }
}
