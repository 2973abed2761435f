package org.beian.infrastructure.national.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A subject in the national-registry stand-in: filed through another provider. */
@Entity
@Table(name = "national_subject")
@NamedQuery(name = "NationalSubjectEntry.findByCertificate",
        query = "SELECT s FROM NationalSubjectEntry s WHERE s.certificateType = :type AND s.certificateNumber = :number")
@NamedQuery(name = "NationalSubjectEntry.findByIcpNumber", query = "SELECT s FROM NationalSubjectEntry s WHERE s.icpNumber = :icpNumber")
public class NationalSubjectEntry {

    @Id
    @SequenceGenerator(name = "national_subject_seq", sequenceName = "national_subject_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "national_subject_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "icp_number", nullable = false, unique = true, length = 32)
    private String icpNumber;

    @Column(name = "province_code", nullable = false, length = 6)
    private String provinceCode;

    @Column(nullable = false, length = 40)
    private String nature;

    @Column(name = "certificate_type", nullable = false, length = 48)
    private String certificateType;

    @Column(name = "certificate_number", nullable = false, length = 64)
    private String certificateNumber;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "principal_name", nullable = false, length = 64)
    private String principalName;

    @Column(name = "filing_password_hash", nullable = false, length = 512)
    private String filingPasswordHash;

    @Column(nullable = false, length = 16)
    private String status;

    protected NationalSubjectEntry() {}

    public NationalSubjectEntry(String icpNumber, String provinceCode, String nature, String certificateType,
                                String certificateNumber, String name, String principalName, String filingPasswordHash) {
        this.icpNumber = icpNumber;
        this.provinceCode = provinceCode;
        this.nature = nature;
        this.certificateType = certificateType;
        this.certificateNumber = certificateNumber;
        this.name = name;
        this.principalName = principalName;
        this.filingPasswordHash = filingPasswordHash;
        this.status = "NORMAL";
    }

    public Long getId() { return id; }
    public String getIcpNumber() { return icpNumber; }
    public String getProvinceCode() { return provinceCode; }
    public String getNature() { return nature; }
    public String getCertificateType() { return certificateType; }
    public String getCertificateNumber() { return certificateNumber; }
    public String getName() { return name; }
    public String getPrincipalName() { return principalName; }
    public String getFilingPasswordHash() { return filingPasswordHash; }
    public String getStatus() { return status; }
}
