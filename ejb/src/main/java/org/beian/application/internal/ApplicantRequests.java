package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beian.application.BusinessException;
import org.beian.application.InvalidFieldException;
import org.beian.application.NotFoundException;
import org.beian.application.dto.CurtainView;
import org.beian.application.event.ApplicationEvent;
import org.beian.application.event.ApplicationEvents;
import org.beian.application.event.EventTypes;
import org.beian.application.security.Authorization;
import org.beian.application.security.Caller;
import org.beian.domain.model.BeijingTime;
import org.beian.domain.model.reference.WorkingDays;
import org.beian.domain.model.registry.RegistryRepository;
import org.beian.domain.model.registry.Website;
import org.beian.domain.model.resource.CurtainRequest;
import org.beian.domain.model.resource.ResourceRepository;

/** What applicants ask of the provider besides orders: the photo curtain, the public-security number. */
@ApplicationScoped
public class ApplicantRequests {

    private static final LocalTime COURIER_CUTOFF = LocalTime.of(16, 0);

    @Inject
    private ResourceRepository resources;

    @Inject
    private RegistryRepository registry;

    @Inject
    private Authorization authorization;

    @Inject
    private Transitions transitions;

    @Inject
    private ApplicationEvents events;

    public CurtainView requestCurtain(Caller caller, String recipient, String phone, String address) {
        long accountId = authorization.accountOf(caller).getId();
        if (resources.countFreeCurtainRequestsOf(accountId) > 0) {
            throw new BusinessException("error.curtain.alreadyRequested");
        }
        ZonedDateTime now = BeijingTime.now();
        WorkingDays days = transitions.calendar(now);
        LocalDate today = now.toLocalDate();
        LocalDate shipsOn = days.isWorkingDay(today) && now.toLocalTime().isBefore(COURIER_CUTOFF)
                ? today : days.addWorkingDays(today, 1);
        return view(resources.add(new CurtainRequest(accountId, recipient, phone, address, true, now.toInstant(), shipsOn)));
    }

    /** The account's latest curtain request, if it made one. */
    public Optional<CurtainView> myCurtain(Caller caller) {
        List<CurtainRequest> requests = resources.listCurtainRequestsOf(authorization.accountOf(caller).getId());
        return requests.stream().max(Comparator.comparing(CurtainRequest::getRequestedAt)).map(ApplicantRequests::view);
    }

    private static CurtainView view(CurtainRequest request) {
        return new CurtainView(request.getId() == null ? 0 : request.getId(), request.getRecipient(), request.getAddress(),
                request.getState().name(), request.isFreeOfCharge(), request.getRequestedAt(), request.getShipsOn(),
                request.getCourier(), request.getTrackingNumber(), request.getShippedAt(), request.getDeliveredAt());
    }

    public void recordPublicSecurityNumber(Caller caller, String websiteIcpNumber, String number, LocalDate filedOn) {
        Website website = registry.findWebsiteByIcpNumber(websiteIcpNumber)
                .orElseThrow(() -> new NotFoundException("website", websiteIcpNumber));
        authorization.requireOwner(caller, website.getSubject().getAccountId());
        if (filedOn.isAfter(BeijingTime.today())) {
            throw new InvalidFieldException("filedOn", "error.publicSecurity.futureDate", filedOn.toString());
        }
        LocalDate approvedOn = BeijingTime.dateOf(website.getApprovedAt());
        if (filedOn.isBefore(approvedOn)) {
            // The site opens when the ICP filing is approved; the public-security filing comes after.
            throw new InvalidFieldException("filedOn", "error.publicSecurity.beforeApproval", filedOn.toString(), approvedOn.toString());
        }
        boolean correction = website.getPublicSecurityNumber() != null;
        website.recordPublicSecurityFiling(number, filedOn, Instant.now());
        // Audit only: from now on the reminder job no longer selects the website.
        events.raise(ApplicationEvent.of(EventTypes.PUBLIC_SECURITY_NUMBER_RECORDED, caller.username(), "website:" + websiteIcpNumber,
                Map.of("number", number, "filedOn", filedOn.toString(), "correction", String.valueOf(correction))));
    }
}
