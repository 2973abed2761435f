package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.beian.application.InvalidFieldException;
import org.beian.application.NotFoundException;
import org.beian.application.dto.VerificationPointInput;
import org.beian.application.dto.VerificationPointView;
import org.beian.application.event.ApplicationEvent;
import org.beian.application.event.ApplicationEvents;
import org.beian.application.event.EventTypes;
import org.beian.application.security.Caller;
import org.beian.domain.model.reference.ReferenceData;
import org.beian.domain.model.reference.RefusedInputException;
import org.beian.domain.model.reference.VerificationPoint;
import org.beian.domain.model.reference.VerificationPointRepository;
import org.beian.domain.model.reference.VerificationPointRules;

/**
 * Verification points as administrators keep them: added, changed, switched off and on, deleted. The
 * details are checked ({@link VerificationPointRules}) before applicants are sent there; a change of a
 * point another administrator changed meanwhile fails on its version instead of overwriting it.
 */
@ApplicationScoped
public class VerificationPointAdministration {

    @Inject
    private VerificationPointRepository points;

    @Inject
    private ReferenceData referenceData;

    @Inject
    private ApplicationEvents events;

    public List<VerificationPointView> list(String provinceCode) {
        return points.listByProvince(provinceCode).stream().map(VerificationPointAdministration::view).toList();
    }

    public VerificationPointView save(Caller caller, VerificationPointInput input) {
        ReferenceData.Province province = referenceData.findProvince(input.provinceCode())
                .orElseThrow(() -> new InvalidFieldException("provinceCode", "error.verificationPoint.province"));
        String phone = input.phone() == null || input.phone().isBlank() ? null : input.phone().strip();
        try {
            VerificationPointRules.check(province.name(), input.address(), input.openingHours(), phone, input.latitude(),
                    input.longitude());
        } catch (RefusedInputException refused) {
            throw FieldRefusals.of(refused);
        }
        VerificationPoint point;
        if (input.id() == null) {
            point = points.add(new VerificationPoint(province.code(), input.name().strip(), input.address().strip(),
                    input.openingHours().strip(), phone, input.latitude(), input.longitude()));
        } else {
            point = find(input.id());
            if (!point.getProvinceCode().equals(province.code())) {
                throw new InvalidFieldException("provinceCode", "error.verificationPoint.provinceFixed");
            }
            point.change(input.name().strip(), input.address().strip(), input.openingHours().strip(), phone, input.latitude(),
                    input.longitude());
        }
        events.raise(ApplicationEvent.of(EventTypes.VERIFICATION_POINT_SAVED, caller.username(), target(point),
                Map.of("change", input.id() == null ? "added" : "changed", "province", province.code(), "name", point.getName(),
                        "address", point.getAddress())));
        return view(point);
    }

    public VerificationPointView setActive(Caller caller, long id, boolean active) {
        VerificationPoint point = find(id);
        point.setActive(active);
        events.raise(ApplicationEvent.of(EventTypes.VERIFICATION_POINT_ACTIVE_CHANGED, caller.username(), target(point),
                Map.of("active", Boolean.toString(active), "name", point.getName())));
        return view(point);
    }

    public void delete(Caller caller, long id) {
        VerificationPoint point = find(id);
        points.remove(point);
        events.raise(ApplicationEvent.of(EventTypes.VERIFICATION_POINT_DELETED, caller.username(), target(point),
                Map.of("province", point.getProvinceCode(), "name", point.getName(), "address", point.getAddress())));
    }

    private VerificationPoint find(long id) {
        return points.find(id).orElseThrow(() -> new NotFoundException("verificationPoint", Long.toString(id)));
    }

    private static String target(VerificationPoint point) {
        return "verification-point:" + point.getId();
    }

    private static VerificationPointView view(VerificationPoint p) {
        return new VerificationPointView(p.getId() == null ? 0 : p.getId(), p.getProvinceCode(), p.getName(), p.getAddress(),
                p.getOpeningHours(), p.getPhone(), p.getLatitude(), p.getLongitude(), p.isActive());
    }
}
