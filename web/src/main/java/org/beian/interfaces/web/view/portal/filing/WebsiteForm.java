package org.beian.interfaces.web.view.portal.filing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.beian.domain.model.filing.CloudServiceData;
import org.beian.domain.model.filing.WebsiteData;

/**
 * One website as the wizard edits it: domains and homepage URLs are lists the user extends, the cloud
 * service is one of the account's resources (or an authorisation code).
 */
public class WebsiteForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private final List<DomainItem> domains = new ArrayList<>();
    private final List<TextItem> homepageUrls = new ArrayList<>();
    private String serviceContent;
    private List<String> preApprovalTypes = new ArrayList<>();
    private List<String> languages = new ArrayList<>(List.of("zh-CN"));
    private String remark;
    private boolean principalSameAsSubject = true;
    private PersonForm principal = new PersonForm();
    private String cloudServiceKind = "SERVER";
    private String cloudServiceReference;
    private String cloudServicePublicIp;
    private String icpNumber;

    static WebsiteForm empty() {
        WebsiteForm form = new WebsiteForm();
        form.domains.add(new DomainItem());
        form.homepageUrls.add(new TextItem());
        return form;
    }

    static WebsiteForm from(WebsiteData data) {
        WebsiteForm form = new WebsiteForm();
        form.name = data.name();
        data.domains().forEach(d -> form.domains.add(new DomainItem(d, data.domainRegistrations().stream()
                .filter(r -> d.equalsIgnoreCase(r.domain())).findFirst().orElse(null))));
        data.homepageUrls().forEach(u -> form.homepageUrls.add(new TextItem(u)));
        if (form.domains.isEmpty()) {
            form.domains.add(new DomainItem());
        }
        if (form.homepageUrls.isEmpty()) {
            form.homepageUrls.add(new TextItem());
        }
        form.serviceContent = data.serviceContent();
        form.preApprovalTypes = new ArrayList<>(data.preApprovalTypes());
        form.languages = new ArrayList<>(data.languages());
        form.remark = data.remark();
        form.principalSameAsSubject = data.principalSameAsSubject();
        form.principal = PersonForm.from(data.principal());
        if (!data.cloudServices().isEmpty()) {
            CloudServiceData cloud = data.cloudServices().get(0);
            form.cloudServiceKind = cloud.kind();
            form.cloudServiceReference = cloud.reference();
            form.cloudServicePublicIp = cloud.publicIp();
        }
        form.icpNumber = data.icpNumber();
        return form;
    }

    WebsiteData toData() {
        String reference = Blank.toNull(cloudServiceReference);
        List<CloudServiceData> cloud = reference == null ? List.of()
                : List.of(new CloudServiceData(cloudServiceKind, reference, Blank.toNull(cloudServicePublicIp)));
        return new WebsiteData(Blank.toNull(name), Blank.values(domains), Blank.values(homepageUrls), Blank.toNull(serviceContent),
                List.copyOf(preApprovalTypes), List.copyOf(languages), Blank.toNull(remark), principalSameAsSubject,
                principalSameAsSubject ? null : principal.toData(), cloud, Blank.toNull(icpNumber),
                domains.stream().map(DomainItem::registration).filter(java.util.Objects::nonNull).toList());
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public List<DomainItem> getDomains() { return domains; }
    public List<TextItem> getHomepageUrls() { return homepageUrls; }
    public String getServiceContent() { return serviceContent; }
    public void setServiceContent(String serviceContent) { this.serviceContent = serviceContent; }
    public List<String> getPreApprovalTypes() { return preApprovalTypes; }
    public void setPreApprovalTypes(List<String> preApprovalTypes) { this.preApprovalTypes = new ArrayList<>(preApprovalTypes); }
    public List<String> getLanguages() { return languages; }
    public void setLanguages(List<String> languages) { this.languages = new ArrayList<>(languages); }
    public String getRemark() { return remark; }
    public void setRemark(String remark) { this.remark = remark; }
    public boolean isPrincipalSameAsSubject() { return principalSameAsSubject; }
    public void setPrincipalSameAsSubject(boolean principalSameAsSubject) { this.principalSameAsSubject = principalSameAsSubject; }
    public PersonForm getPrincipal() { return principal; }
    public String getCloudServiceKind() { return cloudServiceKind; }
    public void setCloudServiceKind(String cloudServiceKind) { this.cloudServiceKind = cloudServiceKind; }
    public String getCloudServiceReference() { return cloudServiceReference; }
    public void setCloudServiceReference(String cloudServiceReference) { this.cloudServiceReference = cloudServiceReference; }
    public String getCloudServicePublicIp() { return cloudServicePublicIp; }
    public void setCloudServicePublicIp(String cloudServicePublicIp) { this.cloudServicePublicIp = cloudServicePublicIp; }
    public String getIcpNumber() { return icpNumber; }
}
