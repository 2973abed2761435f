package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.beian.application.BusinessException;
import org.beian.application.InvalidFieldException;
import org.beian.application.NotFoundException;
import org.beian.application.dto.CurtainRequestView;
import org.beian.application.dto.CurtainShipment;
import org.beian.application.event.ApplicationEvent;
import org.beian.application.event.ApplicationEvents;
import org.beian.application.event.EventTypes;
import org.beian.application.security.Caller;
import org.beian.domain.model.account.AccountRepository;
import org.beian.domain.model.resource.CurtainRequest;
import org.beian.domain.model.resource.ResourceRepository;

/**
 * The curtain requests as the provider's staff work them off: the open ones first (to ship, earliest
 * shipping day first; then those on their way), then the delivered ones, latest first. Shipping records
 * the courier and its tracking number; delivery the moment the courier reported it.
 */
@ApplicationScoped
public class CurtainRequestAdministration {

    /** Couriers' tracking numbers are letters and digits (SF1234567890123, 4300123456789, JD0012345678901-1-1). */
    private static final Pattern TRACKING_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{5,63}");

    @Inject
    private ResourceRepository resources;

    @Inject
    private AccountRepository accounts;

    @Inject
    private ApplicationEvents events;

    public List<CurtainRequestView> list(boolean openOnly, int max) {
        List<CurtainRequestView> listed = new ArrayList<>();
        List<CurtainRequest.State> states = openOnly ? List.of(CurtainRequest.State.REQUESTED, CurtainRequest.State.SHIPPED)
                : List.of(CurtainRequest.State.values());
        for (CurtainRequest.State state : states) {
            if (listed.size() < max) {
                resources.listCurtainRequests(state, max - listed.size()).forEach(r -> listed.add(view(r.request(), r.username())));
            }
        }
        return listed;
    }

    public CurtainRequestView ship(Caller caller, CurtainShipment shipment) {
        CurtainRequest request = find(shipment.requestId());
        if (request.getState() != CurtainRequest.State.REQUESTED) {
            throw new BusinessException("error.curtain.notRequested", Long.toString(request.getId()));
        }
        String trackingNumber = shipment.trackingNumber().strip();
        if (!TRACKING_NUMBER.matcher(trackingNumber).matches()) {
            throw new InvalidFieldException("trackingNumber", "error.curtain.trackingNumber");
        }
        request.ship(shipment.courier().strip(), trackingNumber, Instant.now());
        String username = username(request);
        events.raise(ApplicationEvent.of(EventTypes.CURTAIN_SHIPPED, caller.username(), "curtain-request:" + request.getId(),
                Map.of("account", username, "accountId", Long.toString(request.getAccountId()), "courier", request.getCourier(),
                        "trackingNumber", trackingNumber)));
        return view(request, username);
    }

    public CurtainRequestView markDelivered(Caller caller, long requestId) {
        CurtainRequest request = find(requestId);
        if (request.getState() != CurtainRequest.State.SHIPPED) {
            throw new BusinessException("error.curtain.notShipped", Long.toString(requestId));
        }
        request.delivered(Instant.now());
        String username = username(request);
        events.raise(ApplicationEvent.of(EventTypes.CURTAIN_DELIVERED, caller.username(), "curtain-request:" + requestId,
                Map.of("account", username, "accountId", Long.toString(request.getAccountId()))));
        return view(request, username);
    }

    private CurtainRequest find(long id) {
        return resources.findCurtainRequest(id).orElseThrow(() -> new NotFoundException("curtainRequest", Long.toString(id)));
    }

    private String username(CurtainRequest request) {
        return accounts.find(request.getAccountId()).map(a -> a.getUsername()).orElse("");
    }

    private static CurtainRequestView view(CurtainRequest r, String username) {
        return new CurtainRequestView(r.getId() == null ? 0 : r.getId(), username, r.getRecipient(), r.getPhone(), r.getAddress(),
                r.getState().name(), r.isFreeOfCharge(), r.getRequestedAt(), r.getShipsOn(), r.getCourier(), r.getTrackingNumber(),
                r.getShippedAt(), r.getDeliveredAt());
    }
}
