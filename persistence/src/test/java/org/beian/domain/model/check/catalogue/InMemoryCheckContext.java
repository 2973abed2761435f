package org.beian.domain.model.check.catalogue;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beian.domain.model.check.Text;
import org.beian.domain.model.national.NationalRegistry;

/** The registry and account seen by the rules, held in maps, for tests. */
final class InMemoryCheckContext implements CheckContext {

    private String otherOrderInProgress;
    private final Map<String, FiledSubject> subjectsHere = new HashMap<>();
    private final Map<String, FiledWebsite> websitesByDomain = new HashMap<>();
    private final Map<String, FiledWebsite> websitesByIcpNumber = new HashMap<>();
    private final Map<String, MobileHolder> mobiles = new HashMap<>();
    private final Map<String, CloudResourceInfo> resources = new HashMap<>();
    private final Map<String, AuthorisationCodeInfo> codes = new HashMap<>();
    private final Set<String> documents = new LinkedHashSet<>();
    private final InMemoryNationalRegistry national = new InMemoryNationalRegistry();
    private final Map<String, org.beian.domain.model.filing.DomainRegistration> registrations = new HashMap<>();

    /** What the registration lookup (DomainLookup's stand-in) answers for a domain. */
    InMemoryCheckContext registration(org.beian.domain.model.filing.DomainRegistration registration) {
        registrations.put(registration.domain(), registration);
        return this;
    }

    private String defaultRegistrant;
    private String defaultExpiry;

    /** The registrar's answer for every other domain (null registrant: the lookup knows nothing else). */
    InMemoryCheckContext registrar(String registrant, String expiresOn) {
        this.defaultRegistrant = registrant;
        this.defaultExpiry = expiresOn;
        return this;
    }

    @Override
    public Optional<org.beian.domain.model.filing.DomainRegistration> findDomainRegistration(String domain) {
        if (registrations.containsKey(domain)) {
            return Optional.of(registrations.get(domain));
        }
        return defaultRegistrant == null ? Optional.empty()
                : Optional.of(new org.beian.domain.model.filing.DomainRegistration(domain, defaultExpiry, defaultRegistrant));
    }

    InMemoryCheckContext otherOrderInProgress(String orderNumber) {
        this.otherOrderInProgress = orderNumber;
        return this;
    }

    InMemoryCheckContext subjectHere(String certificateType, String certificateNumber, FiledSubject subject) {
        subjectsHere.put(InMemoryNationalRegistry.certificateKey(certificateType, certificateNumber), subject);
        return this;
    }

    InMemoryCheckContext websiteHere(FiledWebsite website, String... domains) {
        websitesByIcpNumber.put(website.websiteIcpNumber(), website);
        for (String domain : domains) {
            websitesByDomain.put(domain, website);
        }
        return this;
    }

    private final Set<String> unconfirmedMobiles = new java.util.HashSet<>();

    /** A mobile the account has not confirmed (every other one counts as confirmed). */
    InMemoryCheckContext unconfirmedMobile(String mobile) {
        unconfirmedMobiles.add(mobile);
        return this;
    }

    @Override
    public boolean isMobileConfirmed(String mobile) {
        return !unconfirmedMobiles.contains(mobile);
    }

    InMemoryCheckContext mobileHolder(String mobile, MobileHolder holder) {
        mobiles.put(mobile, holder);
        return this;
    }

    InMemoryCheckContext resource(CloudResourceInfo resource) {
        resources.put(resource.reference(), resource);
        return this;
    }

    InMemoryCheckContext code(AuthorisationCodeInfo code) {
        codes.put(code.code(), code);
        return this;
    }

    InMemoryCheckContext attach(String purpose) {
        documents.add(purpose);
        return this;
    }

    InMemoryCheckContext detach(String purpose) {
        documents.remove(purpose);
        return this;
    }

    InMemoryCheckContext detachAll() {
        documents.clear();
        return this;
    }

    InMemoryNationalRegistry national() {
        return national;
    }

    @Override
    public Optional<String> findOtherOrderInProgress() {
        return Optional.ofNullable(otherOrderInProgress);
    }

    @Override
    public Optional<FiledSubject> findSubjectFiledHere(String certificateType, String certificateNumber) {
        return Optional.ofNullable(subjectsHere.get(InMemoryNationalRegistry.certificateKey(certificateType, certificateNumber)));
    }

    @Override
    public Optional<FiledWebsite> findWebsiteFiledHereByDomain(String domain) {
        return Optional.ofNullable(websitesByDomain.get(domain));
    }

    @Override
    public Optional<FiledWebsite> findWebsiteFiledHere(String websiteIcpNumber) {
        return Optional.ofNullable(websitesByIcpNumber.get(Text.fold(websiteIcpNumber)));
    }

    @Override
    public Optional<MobileHolder> findSubjectUsingMobile(String mobile) {
        return Optional.ofNullable(mobiles.get(mobile));
    }

    @Override
    public Optional<CloudResourceInfo> findCloudResource(String reference) {
        return Optional.ofNullable(resources.get(reference));
    }

    @Override
    public Optional<AuthorisationCodeInfo> findAuthorisationCode(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    @Override
    public Set<String> attachedDocumentPurposes() {
        return Set.copyOf(documents);
    }

    @Override
    public NationalRegistry nationalRegistry() {
        return national;
    }
}
