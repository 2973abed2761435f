package org.beian.domain.model.filing;

import jakarta.json.bind.annotation.JsonbCreator;
import java.io.Serializable;
import java.util.List;

/**
 * A website as an order proposes it. {@code principal} is null when {@code principalSameAsSubject};
 * {@code icpNumber} is set for a website that is already filed (change, access, cancellation);
 * {@code domainRegistrations} holds what the applicant entered of each domain's registration (expiry,
 * registrant), for the domain rules when no registration lookup answers.
 */
public record WebsiteData(String name, List<String> domains, List<String> homepageUrls, String serviceContent,
                          List<String> preApprovalTypes, List<String> languages, String remark,
                          boolean principalSameAsSubject, PersonData principal, List<CloudServiceData> cloudServices,
                          String icpNumber, List<DomainRegistration> domainRegistrations) implements Serializable {

    /** The one constructor JSON-B uses (orders store the snapshot as JSON; the API reads it). */
    @JsonbCreator
    public WebsiteData {
        domains = domains == null ? List.of() : List.copyOf(domains);
        homepageUrls = homepageUrls == null ? List.of() : List.copyOf(homepageUrls);
        preApprovalTypes = preApprovalTypes == null ? List.of() : List.copyOf(preApprovalTypes);
        languages = languages == null ? List.of() : List.copyOf(languages);
        cloudServices = cloudServices == null ? List.of() : List.copyOf(cloudServices);
        domainRegistrations = domainRegistrations == null ? List.of() : List.copyOf(domainRegistrations);
    }

    /** A website without registration details (orders and registry records from before the field existed). */
    public WebsiteData(String name, List<String> domains, List<String> homepageUrls, String serviceContent,
                       List<String> preApprovalTypes, List<String> languages, String remark,
                       boolean principalSameAsSubject, PersonData principal, List<CloudServiceData> cloudServices,
                       String icpNumber) {
        this(name, domains, homepageUrls, serviceContent, preApprovalTypes, languages, remark, principalSameAsSubject,
                principal, cloudServices, icpNumber, List.of());
    }
}
