package org.beian.domain.model.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.beian.domain.model.filing.PersonData;

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

    /** 应急联系电话 (schema V21): null for persons registered before the registry kept it. */
    @Column(name = "principal_emergency_phone", length = 20)
    private String emergencyPhone;

    protected Person() {}

    /** The person as an order proposed it, emergency phone included. */
    public static Person of(PersonData data) {
        return new Person(data.name(), data.certificateType(), data.certificateNumber(), data.officePhone(), data.mobile(),
                data.email(), data.emergencyPhone());
    }

    public Person(String name, String certificateType, String certificateNumber, String officePhone, String mobile,
                  String email, String emergencyPhone) {
        this.name = Objects.requireNonNull(name);
        this.certificateType = Objects.requireNonNull(certificateType);
        this.certificateNumber = Objects.requireNonNull(certificateNumber);
        this.officePhone = officePhone;
        this.mobile = mobile;
        this.email = email;
        this.emergencyPhone = emergencyPhone;
    }

    /** Back to what an order proposes: change orders start from it, so nothing filed may be lost here. */
    public PersonData toData() {
        return new PersonData(name, certificateType, certificateNumber, officePhone, mobile, email, emergencyPhone);
    }

    public String getName() { return name; }
    public String getCertificateType() { return certificateType; }
    public String getCertificateNumber() { return certificateNumber; }
    public String getOfficePhone() { return officePhone; }
    public String getMobile() { return mobile; }
    public String getEmail() { return email; }
    public String getEmergencyPhone() { return emergencyPhone; }
}
