package org.beian.infrastructure.national.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.beian.domain.model.registry.StringListConverter;

/** A website in the national-registry stand-in, with its domains and the providers it is filed with. */
@Entity
@Table(name = "national_website")
@NamedQuery(name = "NationalWebsiteEntry.findByDomain",
        query = "SELECT DISTINCT w FROM NationalWebsiteEntry w JOIN FETCH w.subject JOIN w.domains d WHERE d = :domain")
@NamedQuery(name = "NationalWebsiteEntry.listBySubject",
        query = "SELECT w FROM NationalWebsiteEntry w JOIN FETCH w.subject s WHERE s.icpNumber = :icpNumber ORDER BY w.icpNumber")
public class NationalWebsiteEntry {

    @Id
    @SequenceGenerator(name = "national_website_seq", sequenceName = "national_website_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "national_website_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "national_subject_id")
    private NationalSubjectEntry subject;

    @Column(name = "icp_number", nullable = false, unique = true, length = 40)
    private String icpNumber;

    @Column(nullable = false, length = 200)
    private String name;

    @Convert(converter = StringListConverter.class)
    @Column(name = "access_providers", nullable = false, length = 500)
    private List<String> accessProviders = new ArrayList<>();

    @Column(nullable = false, length = 16)
    private String status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "national_website_domain", joinColumns = @JoinColumn(name = "national_website_id"))
    @OrderColumn(name = "position")
    @Column(name = "domain", nullable = false, length = 253)
    private List<String> domains = new ArrayList<>();

    protected NationalWebsiteEntry() {}

    public NationalWebsiteEntry(NationalSubjectEntry subject, String icpNumber, String name, List<String> domains,
                                List<String> accessProviders) {
        this.subject = subject;
        this.icpNumber = icpNumber;
        this.name = name;
        this.domains = new ArrayList<>(domains);
        this.accessProviders = new ArrayList<>(accessProviders);
        this.status = "NORMAL";
    }

    public Long getId() { return id; }
    public NationalSubjectEntry getSubject() { return subject; }
    public String getIcpNumber() { return icpNumber; }
    public String getName() { return name; }
    public List<String> getAccessProviders() { return List.copyOf(accessProviders); }
    public String getStatus() { return status; }
    public List<String> getDomains() { return List.copyOf(domains); }
}
