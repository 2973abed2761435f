package org.beian.interfaces.web.view.portal.filing;

import java.io.Serializable;
import org.beian.domain.model.filing.SubjectData;

/** The sponsor (主办单位) as the wizard edits it. */
public class SubjectForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String provinceCode;
    private String cityCode;
    private String districtCode;
    private String nature;
    private String certificateType;
    private String certificateNumber;
    private String name;
    private String certificateAddress;
    private String investor;
    private String legalRepresentative;
    private String mailingAddress;
    private String remark;
    private PersonForm principal = new PersonForm();
    private String icpNumber;

    static SubjectForm from(SubjectData data) {
        SubjectForm form = new SubjectForm();
        if (data != null) {
            form.provinceCode = data.provinceCode();
            form.cityCode = data.cityCode();
            form.districtCode = data.districtCode();
            form.nature = data.nature();
            form.certificateType = data.certificateType();
            form.certificateNumber = data.certificateNumber();
            form.name = data.name();
            form.certificateAddress = data.certificateAddress();
            form.investor = data.investor();
            form.legalRepresentative = data.legalRepresentative();
            form.mailingAddress = data.mailingAddress();
            form.remark = data.remark();
            form.principal = PersonForm.from(data.principal());
            form.icpNumber = data.icpNumber();
        }
        return form;
    }

    SubjectData toData() {
        return new SubjectData(Blank.toNull(provinceCode), Blank.toNull(cityCode), Blank.toNull(districtCode), Blank.toNull(nature),
                Blank.toNull(certificateType), Blank.toNull(certificateNumber), Blank.toNull(name), Blank.toNull(certificateAddress),
                Blank.toNull(investor), Blank.toNull(legalRepresentative), Blank.toNull(mailingAddress), Blank.toNull(remark),
                principal.toData(), Blank.toNull(icpNumber));
    }

    public String getProvinceCode() { return provinceCode; }
    public void setProvinceCode(String provinceCode) { this.provinceCode = provinceCode; }
    public String getCityCode() { return cityCode; }
    public void setCityCode(String cityCode) { this.cityCode = cityCode; }
    public String getDistrictCode() { return districtCode; }
    public void setDistrictCode(String districtCode) { this.districtCode = districtCode; }
    public String getNature() { return nature; }
    public void setNature(String nature) { this.nature = nature; }
    public String getCertificateType() { return certificateType; }
    public void setCertificateType(String certificateType) { this.certificateType = certificateType; }
    public String getCertificateNumber() { return certificateNumber; }
    public void setCertificateNumber(String certificateNumber) { this.certificateNumber = certificateNumber; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCertificateAddress() { return certificateAddress; }
    public void setCertificateAddress(String certificateAddress) { this.certificateAddress = certificateAddress; }
    public String getInvestor() { return investor; }
    public void setInvestor(String investor) { this.investor = investor; }
    public String getLegalRepresentative() { return legalRepresentative; }
    public void setLegalRepresentative(String legalRepresentative) { this.legalRepresentative = legalRepresentative; }
    public String getMailingAddress() { return mailingAddress; }
    public void setMailingAddress(String mailingAddress) { this.mailingAddress = mailingAddress; }
    public String getRemark() { return remark; }
    public void setRemark(String remark) { this.remark = remark; }
    public PersonForm getPrincipal() { return principal; }
    public String getIcpNumber() { return icpNumber; }
}
