package org.beian.application.internal;

import org.beian.application.port.DomainLookup;
import org.beian.domain.model.filing.DomainRegistration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.beian.domain.model.BeijingTime;
import org.beian.domain.model.account.AccountRepository;
import org.beian.domain.model.check.catalogue.CheckContext;
import org.beian.domain.model.filing.FilingOrderRepository;
import org.beian.domain.model.national.NationalRegistry;
import org.beian.domain.model.registry.RegistryRepository;
import org.beian.domain.model.registry.SubjectStatus;
import org.beian.domain.model.registry.Website;
import org.beian.domain.model.registry.WebsiteStatus;
import org.beian.domain.model.resource.CloudResource;
import org.beian.domain.model.resource.ResourceRepository;
import org.beian.domain.model.verification.MobileConfirmationRepository;

/** What the checks need to know about one account and one order, answered from the database. */
final class AccountCheckContext implements CheckContext {

    private final FilingOrderRepository orders;
    private final RegistryRepository registry;
    private final ResourceRepository resources;
    private final NationalRegistry nationalRegistry;
    private final long accountId;
    private final Long orderId;
    private final Set<String> attachedPurposes;
    private final AccountRepository accounts;
    private final MobileConfirmationRepository confirmations;
    private final DomainLookup domainLookup;
    /** One evaluation asks about each principal's mobile; the answers are kept for that evaluation only. */
    private final Map<String, Boolean> confirmed = new HashMap<>();

    AccountCheckContext(FilingOrderRepository orders, RegistryRepository registry, ResourceRepository resources,
                        NationalRegistry nationalRegistry, AccountRepository accounts, MobileConfirmationRepository confirmations,
                        DomainLookup domainLookup, long accountId, Long orderId, Set<String> attachedPurposes) {
        this.domainLookup = domainLookup;
        this.accounts = accounts;
        this.confirmations = confirmations;
        this.orders = orders;
        this.registry = registry;
        this.resources = resources;
        this.nationalRegistry = nationalRegistry;
        this.accountId = accountId;
        this.orderId = orderId;
        this.attachedPurposes = Set.copyOf(attachedPurposes);
    }

    @Override
    public Optional<String> findOtherOrderInProgress() {
        return orders.findOtherInProgress(accountId, orderId);
    }

    @Override
    public Optional<FiledSubject> findSubjectFiledHere(String certificateType, String certificateNumber) {
        return registry.findSubjectByCertificate(certificateType, fold(certificateNumber))
                .filter(s -> s.getStatus() != SubjectStatus.CANCELLED)
                .map(s -> new FiledSubject(s.getIcpNumber(), s.getProvinceCode(), s.getNature(), s.getName(), s.getAccountId() == accountId));
    }

    @Override
    public Optional<FiledWebsite> findWebsiteFiledHereByDomain(String domain) {
        return registry.listWebsitesByDomain(domain).stream().findFirst().map(this::filed);
    }

    @Override
    public Optional<FiledWebsite> findWebsiteFiledHere(String websiteIcpNumber) {
        return registry.findWebsiteByIcpNumber(websiteIcpNumber).filter(w -> w.getStatus() != WebsiteStatus.CANCELLED).map(this::filed);
    }

    @Override
    public Optional<MobileHolder> findSubjectUsingMobile(String mobile) {
        return registry.findSubjectUsingMobile(mobile)
                .map(s -> new MobileHolder(s.getCertificateType(), s.getCertificateNumber(), s.getName()));
    }

    @Override
    public boolean isMobileConfirmed(String mobile) {
        return confirmed.computeIfAbsent(mobile, m -> accounts.find(accountId).map(a -> m.equals(a.getMobile())).orElse(false)
                || !confirmations.listConfirmed(accountId, List.of(m)).isEmpty());
    }

    @Override
    public Optional<CloudResourceInfo> findCloudResource(String reference) {
        return resources.findResourceByInstance(reference).filter(r -> r.getAccountId() == accountId).map(r -> {
            long hosted = registry.countWebsitesOnCloudService(reference);
            return new CloudResourceInfo(r.getInstanceId(), ResourceKind.valueOf(r.getKind().name()), r.isMainland(),
                    BillingMode.valueOf(r.getBillingMode().name()), r.getPurchasedMonths(), day(r), r.getPublicIp(), (int) hosted);
        });
    }

    @Override
    public Optional<AuthorisationCodeInfo> findAuthorisationCode(String code) {
        return resources.findAuthorisationCode(code).map(a -> new AuthorisationCodeInfo(a.getCode(),
                a.getExpiresAt().atZone(BeijingTime.ZONE).toLocalDate(), a.isRevoked(), a.getIssuerAccountId() == accountId,
                a.getHolderAccountId() != null && a.getHolderAccountId() != accountId));
    }

    @Override
    public Set<String> attachedDocumentPurposes() {
        return attachedPurposes;
    }

    @Override
    public NationalRegistry nationalRegistry() {
        return nationalRegistry;
    }

    private FiledWebsite filed(Website w) {
        return new FiledWebsite(w.getIcpNumber(), w.getSubject().getIcpNumber(), w.getSubject().getName(),
                w.getSubject().getAccountId() == accountId);
    }

    private static LocalDate day(CloudResource resource) {
        return resource.getExpiresAt().atZone(BeijingTime.ZONE).toLocalDate();
    }

    private static String fold(String certificateNumber) {
        return certificateNumber == null ? null : certificateNumber.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    @Override
    public Optional<DomainRegistration> findDomainRegistration(String domain) {
        return domainLookup.find(domain);
    }
}
