package org.beian.domain.model.registry;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.beian.domain.model.filing.CloudServiceData;
import org.beian.domain.model.filing.PersonData;
import org.beian.domain.model.filing.WebsiteData;

/** A filed website (网站) of a subject, with its website ICP number and the providers it is filed with. */
@Entity
@Table(name = "website")
@NamedQuery(name = "Website.findByIcpNumber", query = "SELECT w FROM Website w WHERE w.icpNumber = :icpNumber")
@NamedQuery(name = "Website.listBySubject", query = "SELECT w FROM Website w WHERE w.subject.id = :subjectId ORDER BY w.icpNumber")
@NamedQuery(name = "Website.findSubjectByPrincipalMobile",
        query = "SELECT w.subject FROM Website w WHERE w.principal.mobile = :mobile "
                + "AND w.status <> org.beian.domain.model.registry.WebsiteStatus.CANCELLED")
@NamedQuery(name = "Website.countOnCloudService",
        query = "SELECT COUNT(w) FROM Website w JOIN w.cloudServices c WHERE c.reference = :reference "
                + "AND w.status <> org.beian.domain.model.registry.WebsiteStatus.CANCELLED")
@NamedQuery(name = "Website.listAwaitingPublicSecurity",
        query = "SELECT NEW org.beian.domain.model.registry.WebsiteAwaitingPublicSecurity(w.icpNumber, w.name, s.accountId, w.approvedAt) "
                + "FROM Website w JOIN w.subject s WHERE w.status = org.beian.domain.model.registry.WebsiteStatus.NORMAL "
                + "AND w.approvedAt > :from AND w.approvedAt <= :to AND w.publicSecurityNumber IS NULL ORDER BY w.approvedAt")
@NamedQuery(name = "Website.findByDomain",
        query = "SELECT DISTINCT w FROM Website w JOIN w.domains d WHERE d = :domain AND w.status <> org.beian.domain.model.registry.WebsiteStatus.CANCELLED")
public class Website {

    @Id
    @SequenceGenerator(name = "website_seq", sequenceName = "website_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "website_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_id")
    private Subject subject;

    @Column(name = "icp_number", nullable = false, unique = true, length = 40)
    private String icpNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WebsiteStatus status;

    @Column(nullable = false, length = 200)
    private String name;

    @ElementCollection
    @CollectionTable(name = "website_domain", joinColumns = @JoinColumn(name = "website_id"))
    @OrderColumn(name = "position")
    @Column(name = "domain", nullable = false, length = 253)
    private List<String> domains = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "website_homepage", joinColumns = @JoinColumn(name = "website_id"))
    @OrderColumn(name = "position")
    @Column(name = "url", nullable = false, length = 300)
    private List<String> homepageUrls = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "website_cloud_service", joinColumns = @JoinColumn(name = "website_id"))
    @OrderColumn(name = "position")
    private List<CloudServiceRef> cloudServices = new ArrayList<>();

    @Column(name = "service_content", nullable = false, length = 32)
    private String serviceContent;

    @Convert(converter = StringListConverter.class)
    @Column(name = "pre_approval_types", nullable = false, length = 300)
    private List<String> preApprovalTypes = new ArrayList<>();

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 300)
    private List<String> languages = new ArrayList<>();

    @Column(length = 1000)
    private String remark;

    @Column(name = "principal_same_as_subject", nullable = false)
    private boolean principalSameAsSubject;

    @Embedded
    private Person principal;

    @Column(name = "public_security_number", length = 32)
    private String publicSecurityNumber;

    @Column(name = "public_security_filed_on")
    private LocalDate publicSecurityFiledOn;

    @Column(name = "approved_at", nullable = false)
    private Instant approvedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "website", cascade = CascadeType.ALL)
    private List<WebsiteAccess> accesses = new ArrayList<>();

    protected Website() {}

    public Website(Subject subject, String icpNumber, WebsiteData data, Instant approvedAt) {
        this.subject = Objects.requireNonNull(subject);
        this.icpNumber = Objects.requireNonNull(icpNumber);
        this.status = WebsiteStatus.NORMAL;
        this.approvedAt = approvedAt;
        update(data, approvedAt);
    }

    /** Takes over what an approved order proposes for this website. */
    public void update(WebsiteData data, Instant now) {
        this.name = data.name();
        this.domains = new ArrayList<>(data.domains());
        this.homepageUrls = new ArrayList<>(data.homepageUrls());
        this.cloudServices = new ArrayList<>(data.cloudServices().stream()
                .map(c -> new CloudServiceRef(CloudServiceRef.Kind.valueOf(c.kind()), c.reference(), c.publicIp()))
                .toList());
        this.serviceContent = data.serviceContent();
        this.preApprovalTypes = new ArrayList<>(data.preApprovalTypes());
        this.languages = new ArrayList<>(data.languages());
        this.remark = data.remark();
        this.principalSameAsSubject = data.principalSameAsSubject();
        PersonData p = data.principal();
        this.principal = data.principalSameAsSubject() || p == null ? null : Person.of(p);
        this.updatedAt = now;
    }

    /** Starts access through a provider (this one or another); several may coexist. */
    public WebsiteAccess addAccess(String providerName, boolean thisProvider, Instant since) {
        WebsiteAccess access = new WebsiteAccess(this, providerName, thisProvider, since);
        accesses.add(access);
        return access;
    }

    /** Ends this provider's access; a website left with no provider becomes a shell (空壳). */
    public void endAccessOfThisProvider(Instant now) {
        accesses.stream().filter(a -> a.isThisProvider() && a.isActive()).forEach(a -> a.end(now));
        if (accesses.stream().noneMatch(WebsiteAccess::isActive)) {
            status = WebsiteStatus.SHELL;
        }
        updatedAt = now;
    }

    public boolean hasActiveAccess() {
        return accesses.stream().anyMatch(WebsiteAccess::isActive);
    }

    public void changeStatus(WebsiteStatus status, Instant now) {
        this.status = Objects.requireNonNull(status);
        this.updatedAt = now;
    }

    public void recordPublicSecurityFiling(String number, LocalDate filedOn, Instant now) {
        this.publicSecurityNumber = Objects.requireNonNull(number);
        this.publicSecurityFiledOn = Objects.requireNonNull(filedOn);
        this.updatedAt = now;
    }

    public WebsiteData toData() {
        return new WebsiteData(name, domains, homepageUrls, serviceContent, preApprovalTypes, languages, remark,
                principalSameAsSubject,
                principal == null ? null : principal.toData(),
                cloudServices.stream().map(c -> new CloudServiceData(c.getKind().name(), c.getReference(), c.getPublicIp())).toList(),
                icpNumber);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Subject getSubject() { return subject; }
    public String getIcpNumber() { return icpNumber; }
    public WebsiteStatus getStatus() { return status; }
    public String getName() { return name; }
    public List<String> getDomains() { return Collections.unmodifiableList(domains); }
    public List<String> getHomepageUrls() { return Collections.unmodifiableList(homepageUrls); }
    public List<CloudServiceRef> getCloudServices() { return Collections.unmodifiableList(cloudServices); }
    public String getServiceContent() { return serviceContent; }
    public List<String> getPreApprovalTypes() { return Collections.unmodifiableList(preApprovalTypes); }
    public List<String> getLanguages() { return Collections.unmodifiableList(languages); }
    public String getRemark() { return remark; }
    public boolean isPrincipalSameAsSubject() { return principalSameAsSubject; }
    public Person getPrincipal() { return principal; }
    public String getPublicSecurityNumber() { return publicSecurityNumber; }
    public LocalDate getPublicSecurityFiledOn() { return publicSecurityFiledOn; }
    public Instant getApprovedAt() { return approvedAt; }
    public List<WebsiteAccess> getAccesses() { return Collections.unmodifiableList(accesses); }
}
