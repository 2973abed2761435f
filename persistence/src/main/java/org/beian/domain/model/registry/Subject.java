package org.beian.domain.model.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.beian.domain.model.filing.SubjectData;

/** A filed sponsor (主体 / 主办单位) with its subject ICP number. Changed only by approved orders. */
@Entity
@Table(name = "subject")
@NamedQuery(name = "Subject.findByIcpNumber", query = "SELECT s FROM Subject s WHERE s.icpNumber = :icpNumber")
@NamedQuery(name = "Subject.findByCertificate",
        query = "SELECT s FROM Subject s WHERE s.certificateNumber = :number AND s.certificateType = :type")
@NamedQuery(name = "Subject.findByPrincipalMobile",
        query = "SELECT s FROM Subject s WHERE s.principal.mobile = :mobile AND s.status <> org.beian.domain.model.registry.SubjectStatus.CANCELLED")
public class Subject {

    @Id
    @SequenceGenerator(name = "subject_seq", sequenceName = "subject_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subject_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "icp_number", nullable = false, unique = true, length = 32)
    private String icpNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SubjectStatus status;

    @Column(name = "province_code", nullable = false, length = 6)
    private String provinceCode;

    @Column(name = "city_code", nullable = false, length = 6)
    private String cityCode;

    @Column(name = "district_code", length = 6)
    private String districtCode;

    @Column(nullable = false, length = 40)
    private String nature;

    @Column(name = "certificate_type", nullable = false, length = 48)
    private String certificateType;

    @Column(name = "certificate_number", nullable = false, length = 64)
    private String certificateNumber;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "certificate_address", length = 300)
    private String certificateAddress;

    @Column(length = 200)
    private String investor;

    @Column(name = "legal_representative", length = 64)
    private String legalRepresentative;

    @Column(name = "mailing_address", nullable = false, length = 300)
    private String mailingAddress;

    @Column(length = 1000)
    private String remark;

    @Embedded
    private Person principal;

    /** The bureau's filing password, only as a hash; one per subject. */
    @Column(name = "filing_password_hash", length = 512)
    private String filingPasswordHash;

    @Column(name = "approved_at", nullable = false)
    private Instant approvedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Subject() {}

    /** A subject as the bureau approved it. The province of a subject never changes afterwards. */
    public Subject(long accountId, String icpNumber, SubjectData data, Instant approvedAt) {
        this.accountId = accountId;
        this.icpNumber = Objects.requireNonNull(icpNumber);
        this.provinceCode = Objects.requireNonNull(data.provinceCode());
        this.status = SubjectStatus.NORMAL;
        this.approvedAt = approvedAt;
        update(data, approvedAt);
    }

    /** Takes over an approved change: every field but the province and the ICP number. */
    public void update(SubjectData data, Instant now) {
        this.cityCode = data.cityCode();
        this.districtCode = data.districtCode();
        this.nature = data.nature();
        this.certificateType = data.certificateType();
        this.certificateNumber = data.certificateNumber();
        this.name = data.name();
        this.certificateAddress = data.certificateAddress();
        this.investor = data.investor();
        this.legalRepresentative = data.legalRepresentative();
        this.mailingAddress = data.mailingAddress();
        this.remark = data.remark();
        this.principal = Person.of(data.principal());
        this.updatedAt = now;
    }

    public void setFilingPasswordHash(String hash) { this.filingPasswordHash = Objects.requireNonNull(hash); }

    public void changeStatus(SubjectStatus status, Instant now) {
        this.status = Objects.requireNonNull(status);
        this.updatedAt = now;
    }

    /** The subject as an order would propose it unchanged: the starting point of change orders. */
    public SubjectData toData() {
        return new SubjectData(provinceCode, cityCode, districtCode, nature, certificateType, certificateNumber, name,
                certificateAddress, investor, legalRepresentative, mailingAddress, remark,
                principal.toData(),
                icpNumber);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getAccountId() { return accountId; }
    public String getIcpNumber() { return icpNumber; }
    public SubjectStatus getStatus() { return status; }
    public String getProvinceCode() { return provinceCode; }
    public String getCityCode() { return cityCode; }
    public String getDistrictCode() { return districtCode; }
    public String getNature() { return nature; }
    public String getCertificateType() { return certificateType; }
    public String getCertificateNumber() { return certificateNumber; }
    public String getName() { return name; }
    public String getCertificateAddress() { return certificateAddress; }
    public String getInvestor() { return investor; }
    public String getLegalRepresentative() { return legalRepresentative; }
    public String getMailingAddress() { return mailingAddress; }
    public String getRemark() { return remark; }
    public Person getPrincipal() { return principal; }
    public String getFilingPasswordHash() { return filingPasswordHash; }
    public Instant getApprovedAt() { return approvedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
