package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.beian.application.NotFoundException;
import org.beian.application.dto.BureauApproval;
import org.beian.application.dto.DomainLookup;
import org.beian.application.dto.SubjectView;
import org.beian.application.security.Authorization;
import org.beian.application.security.Caller;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.FilingOrderRepository;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.WebsiteData;
import org.beian.domain.model.national.NationalRegistry;
import org.beian.domain.model.reference.ReferenceData;
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
        if (!caller.isStaff()) {
            authorization.requireOwner(caller, subject.getAccountId());
        }
        return view(subject);
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
                    website.getAccesses().stream().filter(WebsiteAccess::isActive).map(WebsiteAccess::getProviderName).toList());
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
                .map(w -> new SubjectView.WebsiteView(w.getIcpNumber(), w.getStatus(), w.toData(),
                        w.getAccesses().stream().filter(WebsiteAccess::isActive).map(WebsiteAccess::getProviderName).toList(),
                        w.getPublicSecurityNumber()))
                .toList();
        return new SubjectView(subject.getIcpNumber(), subject.getStatus(), subject.toData(), websites);
    }
}
