package org.beian.interfaces.web.view.portal.filing;

import java.io.Serializable;
import org.beian.domain.model.filing.PersonData;

/** A responsible person as the wizard edits it (the snapshot's records are immutable). */
public class PersonForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String certificateType;
    private String certificateNumber;
    private String officePhone;
    private String mobile;
    private String email;
    private String emergencyPhone;
    /** The SMS code typed to confirm the mobile; never part of the draft. */
    private String mobileCode;

    static PersonForm from(PersonData data) {
        PersonForm form = new PersonForm();
        if (data != null) {
            form.name = data.name();
            form.certificateType = data.certificateType();
            form.certificateNumber = data.certificateNumber();
            form.officePhone = data.officePhone();
            form.mobile = data.mobile();
            form.email = data.email();
            form.emergencyPhone = data.emergencyPhone();
        }
        return form;
    }

    PersonData toData() {
        return new PersonData(Blank.toNull(name), Blank.toNull(certificateType), Blank.toNull(certificateNumber),
                Blank.toNull(officePhone), Blank.toNull(mobile), Blank.toNull(email), Blank.toNull(emergencyPhone));
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCertificateType() { return certificateType; }
    public void setCertificateType(String certificateType) { this.certificateType = certificateType; }
    public String getCertificateNumber() { return certificateNumber; }
    public void setCertificateNumber(String certificateNumber) { this.certificateNumber = certificateNumber; }
    public String getOfficePhone() { return officePhone; }
    public void setOfficePhone(String officePhone) { this.officePhone = officePhone; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getMobileCode() { return mobileCode; }
    public void setMobileCode(String mobileCode) { this.mobileCode = mobileCode; }
    public String getEmergencyPhone() { return emergencyPhone; }
    public void setEmergencyPhone(String emergencyPhone) { this.emergencyPhone = emergencyPhone; }
}
