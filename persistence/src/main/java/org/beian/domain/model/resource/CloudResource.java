package org.beian.domain.model.resource;

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
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A cloud resource an account bought: a server (with a public IP) or a web-hosting plan. */
@Entity
@Table(name = "cloud_resource")
@NamedQuery(name = "CloudResource.listByAccount", query = "SELECT r FROM CloudResource r WHERE r.accountId = :accountId ORDER BY r.id")
@NamedQuery(name = "CloudResource.findByInstance", query = "SELECT r FROM CloudResource r WHERE r.instanceId = :instanceId")
public class CloudResource {

    public enum Kind { SERVER, WEB_HOSTING }

    public enum BillingMode { PREPAID, POSTPAID }

    @Id
    @SequenceGenerator(name = "cloud_resource_seq", sequenceName = "cloud_resource_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cloud_resource_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(name = "instance_id", nullable = false, unique = true, length = 64)
    private String instanceId;

    @Column(name = "public_ip", length = 45)
    private String publicIp;

    @Column(name = "region_name", nullable = false, length = 64)
    private String regionName;

    @Column(nullable = false)
    private boolean mainland;

    @Enumerated(EnumType.STRING)
    @Column(name = "billing_mode", nullable = false, length = 16)
    private BillingMode billingMode;

    /** Months bought in total, renewals included. */
    @Column(name = "purchased_months", nullable = false)
    private int purchasedMonths;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "bandwidth_mbps", nullable = false)
    private int bandwidthMbps;

    protected CloudResource() {}

    public CloudResource(long accountId, Kind kind, String instanceId, String publicIp, String regionName, boolean mainland,
                         BillingMode billingMode, int purchasedMonths, Instant expiresAt, int bandwidthMbps) {
        this.accountId = accountId;
        this.kind = Objects.requireNonNull(kind);
        this.instanceId = Objects.requireNonNull(instanceId);
        this.publicIp = publicIp;
        this.regionName = Objects.requireNonNull(regionName);
        this.mainland = mainland;
        this.billingMode = Objects.requireNonNull(billingMode);
        this.purchasedMonths = purchasedMonths;
        this.expiresAt = Objects.requireNonNull(expiresAt);
        this.bandwidthMbps = bandwidthMbps;
    }

    /** Days of service left at {@code now}; negative once expired. */
    public long daysLeft(Instant now) {
        return ChronoUnit.DAYS.between(now, expiresAt);
    }

    public Long getId() { return id; }
    public long getAccountId() { return accountId; }
    public Kind getKind() { return kind; }
    public String getInstanceId() { return instanceId; }
    public String getPublicIp() { return publicIp; }
    public String getRegionName() { return regionName; }
    public boolean isMainland() { return mainland; }
    public BillingMode getBillingMode() { return billingMode; }
    public int getPurchasedMonths() { return purchasedMonths; }
    public Instant getExpiresAt() { return expiresAt; }
    public int getBandwidthMbps() { return bandwidthMbps; }
}
