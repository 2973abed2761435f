package org.beian.interfaces.web.view.portal.filing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.beian.application.desk.ApplicantDesk;
import org.beian.application.dto.Choice;
import org.beian.application.dto.CloudResourceView;
import org.beian.application.dto.DeterminationView;
import org.beian.application.dto.FindingView;
import org.beian.application.dto.NewOrder;
import org.beian.application.dto.OrderView;
import org.beian.domain.model.check.catalogue.FilingTypeDetermination;
import org.beian.domain.model.check.catalogue.StartFilingRequest;
import org.beian.domain.model.filing.CloudServiceData;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.filing.PersonData;
import org.beian.domain.model.filing.SubjectData;
import org.beian.domain.model.filing.WebsiteData;
import org.beian.interfaces.security.Callers;
import org.beian.interfaces.web.i18n.LocaleSelection;

/**
 * Backs /portal/filing/start.xhtml, 验证备案类型: region, nature, certificate, domain and cloud service;
 * the type the registry's facts lead to, with the explanation, or the refusal reasons on the fields.
 * "继续" opens a draft of that type with what was entered, and the wizard takes over.
 */
@Named("start")
@ViewScoped
public class StartBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String AUTHORISATION_CODE = "AUTHORISATION_CODE";

    @Inject
    private ApplicantDesk applicant;

    @Inject
    private Callers callers;

    @Inject
    private LocaleSelection localeSelection;

    private String provinceCode;
    private String cityCode;
    private String districtCode;
    private String nature;
    private String certificateType;
    private String certificateNumber;
    private String domain;
    private String cloudService;
    private String authorisationCode;
    private DeterminationView determination;
    private Map<String, List<FindingView>> findings = new LinkedHashMap<>();
    private final String clientKey = UUID.randomUUID().toString();

    public void determine() {
        determination = applicant.determine(callers.current(), request(), localeSelection.getLocale());
        Map<String, List<FindingView>> byField = new LinkedHashMap<>();
        determination.findings().forEach(f -> byField.computeIfAbsent(f.field(), k -> new ArrayList<>()).add(f));
        findings = byField;
    }

    /** Opens the draft of the determined type, filled with what was entered here. */
    public String proceed() {
        determine();
        if (determination.refused() || determination.type() == null) {
            return null;
        }
        OrderType type = OrderType.valueOf(determination.type());
        String subjectNumber = type == OrderType.ADD_WEBSITE_SUBJECT_HERE
                ? determination.facts().get(FilingTypeDetermination.SUBJECT_ICP_NUMBER) : null;
        FilingSnapshot snapshot = snapshot(subjectNumber);
        if (type == OrderType.ACCESS) {
            // Detected from the domain in the ministry's record: the subject's and the website's numbers (the
            // site is confirmed from the other provider's record; the filing password proves it is the applicant's).
            snapshot = detected(snapshot, determination.facts().get(FilingTypeDetermination.SUBJECT_ICP_NUMBER),
                    determination.facts().get(FilingTypeDetermination.WEBSITE_ICP_NUMBER));
        }
        OrderView draft = applicant.startDraft(callers.current(), new NewOrder(type, subjectNumber, snapshot, clientKey));
        return "/portal/filing/wizard?faces-redirect=true&order=" + draft.orderNumber();
    }

    private StartFilingRequest request() {
        return new StartFilingRequest(provinceCode, nature, certificateType, certificateNumber,
                domain == null || domain.isBlank() ? List.of() : List.of(domain.trim()), cloud());
    }

    private CloudServiceData cloud() {
        if (AUTHORISATION_CODE.equals(cloudService)) {
            return authorisationCode == null || authorisationCode.isBlank() ? null
                    : new CloudServiceData(AUTHORISATION_CODE, authorisationCode.trim(), null);
        }
        return applicant.myCloudResources(callers.current()).stream().filter(r -> r.instanceId().equals(cloudService)).findFirst()
                .map(r -> new CloudServiceData(r.kind(), r.instanceId(), r.publicIp())).orElse(null);
    }

    /**
     * What the wizard starts from: the subject's keys (or, for a subject filed here, the subject as filed,
     * which the order shows read-only) and the website's domain and cloud service.
     */
    private FilingSnapshot snapshot(String subjectNumber) {
        SubjectData subject = subjectNumber != null ? applicant.getSubject(callers.current(), subjectNumber).data() : new SubjectData(provinceCode, cityCode, districtCode, nature, certificateType,
                certificateNumber == null ? null : certificateNumber.trim(), null, null, null, null, null, null,
                new PersonData(null, null, null, null, null, null, null), subjectNumber);
        CloudServiceData cloud = cloud();
        String trimmed = domain == null ? null : domain.trim();
        WebsiteData website = new WebsiteData(null, trimmed == null ? List.of() : List.of(trimmed),
                trimmed == null ? List.of() : List.of("www." + trimmed), null, List.of(), List.of("zh-CN"), null, true, null,
                cloud == null ? List.of() : List.of(cloud), null);
        return new FilingSnapshot(subject, List.of(website));
    }

    private static FilingSnapshot detected(FilingSnapshot snapshot, String subjectIcpNumber, String websiteIcpNumber) {
        SubjectData s = snapshot.subject();
        SubjectData subject = new SubjectData(s.provinceCode(), s.cityCode(), s.districtCode(), s.nature(), s.certificateType(),
                s.certificateNumber(), s.name(), s.certificateAddress(), s.investor(), s.legalRepresentative(), s.mailingAddress(),
                s.remark(), s.principal(), subjectIcpNumber);
        List<WebsiteData> websites = snapshot.websites().stream().map(w -> websiteIcpNumber == null || websiteIcpNumber.contains(",") ? w
                : new WebsiteData(w.name(), w.domains(), w.homepageUrls(), w.serviceContent(), w.preApprovalTypes(), w.languages(),
                        w.remark(), w.principalSameAsSubject(), w.principal(), w.cloudServices(), websiteIcpNumber)).toList();
        return new FilingSnapshot(subject, websites);
    }

    public List<FindingView> findingsOn(String field) {
        return findings.getOrDefault(field, List.of());
    }

    public List<Choice> getProvinces() {
        return applicant.regions(null, localeSelection.getLocale());
    }

    public List<Choice> getCities() {
        return provinceCode == null ? List.of() : applicant.regions(provinceCode, localeSelection.getLocale());
    }

    public List<Choice> getDistricts() {
        return cityCode == null ? List.of() : applicant.regions(cityCode, localeSelection.getLocale());
    }

    public List<Choice> getNatures() {
        return applicant.natures(localeSelection.getLocale());
    }

    public List<Choice> getCertificateTypes() {
        return nature == null ? List.of() : applicant.certificateTypes(nature, localeSelection.getLocale());
    }

    public List<CloudResourceView> getCloudResources() {
        return applicant.myCloudResources(callers.current());
    }

    public void provinceChanged() {
        cityCode = null;
        districtCode = null;
    }

    public void cityChanged() {
        districtCode = null;
    }

    public void natureChanged() {
        certificateType = null;
    }

    public boolean isCodeChosen() {
        return AUTHORISATION_CODE.equals(cloudService);
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
    public String getDomain() { return domain; }
    public void setDomain(String domain) { this.domain = domain; }
    public String getCloudService() { return cloudService; }
    public void setCloudService(String cloudService) { this.cloudService = cloudService; }
    public String getAuthorisationCode() { return authorisationCode; }
    public void setAuthorisationCode(String authorisationCode) { this.authorisationCode = authorisationCode; }
    public DeterminationView getDetermination() { return determination; }
}
