package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.beian.application.NotFoundException;
import org.beian.application.dto.BureauApproval;
import org.beian.application.dto.DomainLookup;
import org.beian.application.dto.SubjectFilingView;
import org.beian.application.dto.SubjectView;
import org.beian.application.dto.WebsiteFilingView;
import org.beian.application.security.Authorization;
import org.beian.application.security.Caller;
import org.beian.domain.model.BeijingTime;
import org.beian.domain.model.audit.PersonalDataMask;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.FilingOrderRepository;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.WebsiteData;
import org.beian.domain.model.national.NationalRegistry;
import org.beian.domain.model.reference.ReferenceData;
import org.beian.domain.model.registry.Person;
import org.beian.domain.model.registry.RegistryRepository;
import org.beian.domain.model.registry.Subject;
import org.beian.domain.model.registry.SubjectStatus;
import org.beian.domain.model.registry.SubjectSummary;
import org.beian.domain.model.registry.Website;
import org.beian.domain.model.registry.WebsiteAccess;
import org.beian.domain.model.registry.WebsiteStatus;

/** The registry: read by owners and staff; changed only by applying an order the bureau approved. */
@ApplicationScoped
public class Registry {

    private static final String PROVIDER_NAME_KEY = "access_provider.name";

    @Inject
    private FilingOrderRepository orders;

    @Inject
    private RegistryRepository registry;

    @Inject
    private NationalRegistry nationalRegistry;

    @Inject
    private ReferenceData referenceData;

    @Inject
    private Authorization authorization;

    @Inject
    private org.beian.application.port.DomainLookup domainLookup;

    public SubjectView applyApproval(String orderNumber, BureauApproval approval) {
        FilingOrder order = orders.getByNumber(orderNumber);
        if (order.getState().isFinal() || order.getState() == OrderState.WITHDRAWN) {
            // A withdrawn order was taken back before the bureau ever saw it.
            throw new IllegalStateException("Order " + orderNumber + " is already " + order.getState());
        }
        Instant now = Instant.now();
        FilingSnapshot snapshot = order.getSnapshot();
        Subject subject = switch (order.getType()) {
            case FIRST_FILING, ADD_WEBSITE_SUBJECT_ELSEWHERE, ACCESS -> {
                Subject created = registry.findSubjectByIcpNumber(approval.subjectIcpNumber())
                        .orElseGet(() -> registry.add(new Subject(order.getAccountId(), approval.subjectIcpNumber(), snapshot.subject(), now)));
                if (approval.filingPasswordHash() != null) {
                    created.setFilingPasswordHash(approval.filingPasswordHash());
                }
                addWebsites(created, snapshot.websites(), approval, order.getType() == org.beian.domain.model.filing.OrderType.ACCESS, now);
                yield created;
            }
            case ADD_WEBSITE_SUBJECT_HERE -> {
                Subject existing = subjectOf(order);
                addWebsites(existing, snapshot.websites(), approval, false, now);
                yield existing;
            }
            case CHANGE -> {
                Subject existing = subjectOf(order);
                if (snapshot.subject() != null) {
                    existing.update(snapshot.subject(), now);
                }
                for (WebsiteData data : snapshot.websites()) {
                    websiteOf(data).update(data, now);
                }
                yield existing;
            }
            case CANCEL_ACCESS -> {
                Subject existing = subjectOf(order);
                snapshot.websites().forEach(data -> websiteOf(data).endAccessOfThisProvider(now));
                markShellIfNoAccessLeft(existing, now);
                yield existing;
            }
            case CANCEL_WEBSITE -> {
                Subject existing = subjectOf(order);
                snapshot.websites().forEach(data -> {
                    Website website = websiteOf(data);
                    website.endAccessOfThisProvider(now);
                    website.changeStatus(WebsiteStatus.CANCELLED, now);
                });
                // Its last website with access gone, the subject is a shell, as after cancelling access.
                markShellIfNoAccessLeft(existing, now);
                yield existing;
            }
            case CANCEL_SUBJECT -> {
                Subject existing = subjectOf(order);
                for (Website website : registry.listWebsitesOfSubject(existing.getId())) {
                    website.endAccessOfThisProvider(now);
                    website.changeStatus(WebsiteStatus.CANCELLED, now);
                }
                existing.changeStatus(SubjectStatus.CANCELLED, now);
                yield existing;
            }
        };
        order.linkSubject(subject.getId());
        return view(subject);
    }

    public SubjectView getSubject(Caller caller, String subjectIcpNumber) {
        Subject subject = registry.findSubjectByIcpNumber(subjectIcpNumber)
                .orElseThrow(() -> new NotFoundException("subject", subjectIcpNumber));
        requireOwnerOrStaff(caller, subject);
        return view(subject);
    }

    /** The caller's filed subject for its page: names for codes, personal numbers masked, its websites. */
    public SubjectFilingView subjectFiling(Caller caller, String subjectIcpNumber, Locale locale) {
        Subject subject = registry.findSubjectByIcpNumber(subjectIcpNumber)
                .orElseThrow(() -> new NotFoundException("subject", subjectIcpNumber));
        requireOwnerOrStaff(caller, subject);
        Map<String, String> certificateTypes = new HashMap<>();
        referenceData.certificateTypesByNature().values().forEach(types -> types.forEach(t -> certificateTypes.put(t.code(), label(t, locale))));
        String nature = referenceData.listNatures().stream().filter(n -> n.code().equals(subject.getNature())).findFirst()
                .map(n -> label(n, locale)).orElse(subject.getNature());
        Person p = subject.getPrincipal();
        SubjectFilingView.MaskedPerson principal = new SubjectFilingView.MaskedPerson(p.getName(),
                certificateTypes.getOrDefault(p.getCertificateType(), p.getCertificateType()),
                PersonalDataMask.certificateNumber(p.getCertificateNumber()), p.getOfficePhone(), PersonalDataMask.phone(p.getMobile()),
                PersonalDataMask.phone(p.getEmergencyPhone()), PersonalDataMask.email(p.getEmail()));
        List<SubjectFilingView.WebsiteRow> websites = registry.listWebsitesOfSubject(subject.getId()).stream()
                .map(w -> new SubjectFilingView.WebsiteRow(w.getIcpNumber(), w.getStatus(), w.getName(), w.getDomains(),
                        activeProviders(w), w.getPublicSecurityNumber()))
                .toList();
        return new SubjectFilingView(subject.getIcpNumber(), subject.getStatus(), subject.getName(), nature,
                certificateTypes.getOrDefault(subject.getCertificateType(), subject.getCertificateType()),
                PersonalDataMask.certificateNumber(subject.getCertificateNumber()),
                regionName(subject.getProvinceCode(), subject.getCityCode(), subject.getDistrictCode()),
                subject.getCertificateAddress(), subject.getInvestor(), subject.getLegalRepresentative(), subject.getMailingAddress(),
                principal, BeijingTime.dateOf(subject.getApprovedAt()), websites);
    }

    /**
     * One of the caller's filed websites for its page: the footer number, the public-security guide
     * (opening date = the day the bureau approved it) and where the public-security filing stands.
     */
    public WebsiteFilingView websiteFiling(Caller caller, String websiteIcpNumber) {
        Website website = registry.findWebsiteByIcpNumber(websiteIcpNumber)
                .orElseThrow(() -> new NotFoundException("website", websiteIcpNumber));
        Subject subject = website.getSubject();
        requireOwnerOrStaff(caller, subject);
        LocalDate approvedOn = BeijingTime.dateOf(website.getApprovedAt());
        String province = referenceData.findProvince(subject.getProvinceCode()).map(ReferenceData.Province::name)
                .orElse(subject.getProvinceCode());
        List<String> domains = website.getDomains();
        Optional<org.beian.application.port.DomainLookup.Registrar> registrar = domains.isEmpty() ? Optional.empty() : domainLookup.registrarOf(domains.get(0));
        Instant now = Instant.now();
        boolean reminded = website.getPublicSecurityNumber() == null && website.getStatus() == WebsiteStatus.NORMAL;
        WebsiteFilingView.PublicSecurityState publicSecurity = new WebsiteFilingView.PublicSecurityState(
                website.getPublicSecurityNumber(), website.getPublicSecurityFiledOn(),
                approvedOn.plusDays(Reminders.PUBLIC_SECURITY_DUE_DAYS),
                reminded ? Reminders.nextPublicSecurityReminder(website.getApprovedAt(), now).map(BeijingTime::dateOf).orElse(null) : null);
        return new WebsiteFilingView(website.getIcpNumber(), website.getStatus(), website.getName(), subject.getIcpNumber(),
                subject.getName(), domains, website.getHomepageUrls(), activeProviders(website), approvedOn,
                PublicSecurityGuides.display(subject.getProvinceCode(), province, subject.getIcpNumber(), website.getIcpNumber()),
                PublicSecurityGuides.guide(subject, website, approvedOn, referenceData.providerDetails(), registrar),
                publicSecurity);
    }

    private void requireOwnerOrStaff(Caller caller, Subject subject) {
        if (!caller.isStaff()) {
            authorization.requireOwner(caller, subject.getAccountId());
        }
    }

    /** Division names are Chinese in every language: province, prefecture and county, as filed. */
    private String regionName(String... codes) {
        return java.util.Arrays.stream(codes).filter(c -> c != null && !c.isBlank())
                .map(c -> referenceData.findRegion(c).map(ReferenceData.Region::name).orElse(c))
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private static String label(ReferenceData.NamedCode code, Locale locale) {
        return "en".equals(locale.getLanguage()) ? code.nameEn() : code.nameZh();
    }

    private static List<String> activeProviders(Website website) {
        return website.getAccesses().stream().filter(WebsiteAccess::isActive).map(WebsiteAccess::getProviderName).toList();
    }

    public List<SubjectSummary> listMySubjects(Caller caller) {
        return registry.summariesOfAccount(authorization.accountOf(caller).getId());
    }

    public DomainLookup lookupDomain(String domain) {
        String normalised = domain.trim().toLowerCase(Locale.ROOT);
        List<Website> here = registry.listWebsitesByDomain(normalised);
        if (!here.isEmpty()) {
            Website website = here.get(0);
            return new DomainLookup(normalised, DomainLookup.Where.HERE, website.getIcpNumber(),
                    website.getSubject().getIcpNumber(), website.getSubject().getName(),
                    activeProviders(website));
        }
        return nationalRegistry.findByDomain(normalised)
                .map(w -> new DomainLookup(normalised, DomainLookup.Where.ELSEWHERE, w.icpNumber(), w.subject().icpNumber(),
                        w.subject().name(), w.accessProviders()))
                .orElse(DomainLookup.notFiled(normalised));
    }

    private void addWebsites(Subject subject, List<WebsiteData> websites, BureauApproval approval, boolean keepOtherProviders,
                             Instant now) {
        if (approval.websiteIcpNumbers().size() != websites.size()) {
            throw new IllegalArgumentException("The bureau approval has " + approval.websiteIcpNumbers().size()
                    + " website numbers for " + websites.size() + " websites");
        }
        String providerName = referenceData.providerDetails().getOrDefault(PROVIDER_NAME_KEY, "this provider");
        for (int i = 0; i < websites.size(); i++) {
            WebsiteData data = websites.get(i);
            String number = approval.websiteIcpNumbers().get(i);
            Website website = registry.findWebsiteByIcpNumber(number).orElse(null);
            if (website == null) {
                // Ask for the other providers before our own record exists: the registry knows both.
                List<String> others = keepOtherProviders ? nationalRegistry.findByDomain(data.domains().get(0))
                        .map(NationalRegistry.WebsiteRecord::accessProviders).orElse(List.of()) : List.of();
                website = registry.add(new Website(subject, number, data, now));
                for (String other : others) {
                    website.addAccess(other, false, now);
                }
            } else {
                website.update(data, now);
            }
            website.addAccess(providerName, true, now);
        }
    }

    private void markShellIfNoAccessLeft(Subject subject, Instant now) {
        List<Website> websites = registry.listWebsitesOfSubject(subject.getId());
        boolean anyActive = websites.stream().anyMatch(w -> w.getStatus() != WebsiteStatus.CANCELLED && w.hasActiveAccess());
        if (!anyActive) {
            subject.changeStatus(SubjectStatus.SHELL, now);
        }
    }

    private Subject subjectOf(FilingOrder order) {
        if (order.getSubjectId() == null) {
            throw new IllegalStateException("Order " + order.getOrderNumber() + " names no filed subject");
        }
        return registry.findSubject(order.getSubjectId())
                .orElseThrow(() -> new NotFoundException("subject", String.valueOf(order.getSubjectId())));
    }

    private Website websiteOf(WebsiteData data) {
        return registry.findWebsiteByIcpNumber(data.icpNumber())
                .orElseThrow(() -> new NotFoundException("website", String.valueOf(data.icpNumber())));
    }

    private SubjectView view(Subject subject) {
        List<SubjectView.WebsiteView> websites = registry.listWebsitesOfSubject(subject.getId()).stream()
                .map(w -> new SubjectView.WebsiteView(w.getIcpNumber(), w.getStatus(), w.toData(), activeProviders(w),
                        w.getPublicSecurityNumber()))
                .toList();
        return new SubjectView(subject.getIcpNumber(), subject.getStatus(), subject.toData(), websites);
    }
}
