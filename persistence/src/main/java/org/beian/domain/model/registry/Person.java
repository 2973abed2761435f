package org.beian.domain.model.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A responsible person (负责人) of a subject or a website, as the registry keeps them. */
@Embeddable
public class Person {

    @Column(name = "principal_name", length = 64)
    private String name;

    @Column(name = "principal_certificate_type", length = 48)
    private String certificateType;

    @Column(name = "principal_certificate_number", length = 64)
    private String certificateNumber;

    @Column(name = "principal_office_phone", length = 32)
    private String officePhone;

    @Column(name = "principal_mobile", length = 20)
    private String mobile;

    @Column(name = "principal_email", length = 254)
    private String email;

    protected Person() {}

    public Person(String name, String certificateType, String certificateNumber, String officePhone, String mobile, String email) {
        this.name = Objects.requireNonNull(name);
        this.certificateType = Objects.requireNonNull(certificateType);
        this.certificateNumber = Objects.requireNonNull(certificateNumber);
        this.officePhone = officePhone;
        this.mobile = mobile;
        this.email = email;
    }

    public String getName() { return name; }
    public String getCertificateType() { return certificateType; }
    public String getCertificateNumber() { return certificateNumber; }
    public String getOfficePhone() { return officePhone; }
    public String getMobile() { return mobile; }
    public String getEmail() { return email; }
}
