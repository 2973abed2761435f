package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beian.application.dto.OrderProgress;
import org.beian.application.dto.OrderView;
import org.beian.application.dto.VerificationPointView;
import org.beian.application.security.Authorization;
import org.beian.application.security.Caller;
import org.beian.domain.model.BeijingTime;
import org.beian.domain.model.audit.PersonalDataMask;
import org.beian.domain.model.filing.BureauStage;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.FilingOrderRepository;
import org.beian.domain.model.filing.OrderHistoryEntry;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.OrderStep;
import org.beian.domain.model.filing.PersonData;
import org.beian.domain.model.filing.SmsCheckParties;
import org.beian.domain.model.filing.workflow.OrderAction;
import org.beian.domain.model.filing.workflow.OrderStateMachine;
import org.beian.domain.model.reference.ReferenceData;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the applicant's order page shows, worked out here rather than in the page: the actions allowed
 * now (from the state machine), the step, the bureau's estimate, the ministry's SMS check while it is
 * due, and why the last photo was refused.
 */
@ApplicationScoped
public class OrderProgressViews {

    /** The ministry texts a code valid 24 h after the hand-over (beyond-the-seed §1). */
    static final Duration SMS_CHECK_VALIDITY = Duration.ofHours(24);

    @Inject
    private FilingOrderRepository orders;

    @Inject
    private Authorization authorization;

    @Inject
    private Transitions transitions;

    @Inject
    private ReferenceData referenceData;

    /**
     * Where the principals enter the ministry's code: the ministry's page in production
     * (https://beian.miit.gov.cn/), the stand-in's page of this desk in demo and tests.
     */
    @Inject
    @ConfigProperty(name = "beian.ministry.sms-check-url", defaultValue = "/ministry/verify.xhtml")
    String smsCheckUrl;

    public OrderProgress progress(Caller caller, String orderNumber) {
        FilingOrder order = orders.getByNumber(orderNumber);
        authorization.requireOwner(caller, order.getAccountId());
        Set<OrderAction> actions = OrderStateMachine.allowedActions(order, Transitions.actor(caller, authorization.accountOf(caller)));
        List<OrderStep> steps = OrderStep.of(order.getType());
        OrderStep current = OrderStep.current(order.getState());
        int bureauDays = transitions.bureauWorkingDays(order.getProvinceCode(), BeijingTime.today());
        return new OrderProgress(OrderView.of(order).forOwner(), actions, steps, current == null ? -1 : steps.indexOf(current),
                bureauDays, smsCheck(order), photoRejection(order), order.materialsEditableUnderReview(Instant.now()));
    }

    /** The active verification points of the order's province. */
    public List<VerificationPointView> verificationPoints(Caller caller, String orderNumber) {
        FilingOrder order = orders.getByNumber(orderNumber);
        authorization.requireOwnerOrStaff(caller, order);
        return referenceData.listVerificationPoints(order.getProvinceCode()).stream()
                .map(p -> new VerificationPointView(p.id(), p.provinceCode(), p.name(), p.address(), p.openingHours(), p.phone(),
                        BigDecimal.valueOf(p.latitude()), BigDecimal.valueOf(p.longitude()), true))
                .toList();
    }

    private OrderProgress.SmsCheckView smsCheck(FilingOrder order) {
        if (order.getState() != OrderState.AT_BUREAU || order.getBureauStage() != BureauStage.SMS_CHECK
                || order.getBureauSubmittedAt() == null) {
            return null;
        }
        List<OrderProgress.Party> parties = new ArrayList<>();
        for (Map.Entry<String, PersonData> party : SmsCheckParties.of(order.getType(), order.getSnapshot()).entrySet()) {
            parties.add(new OrderProgress.Party(party.getKey(), party.getValue().name(), PersonalDataMask.phone(party.getValue().mobile())));
        }
        return parties.isEmpty() ? null
                : new OrderProgress.SmsCheckView(order.getBureauSubmittedAt().plus(SMS_CHECK_VALIDITY), parties, smsCheckUrl);
    }

    /** The re-review's reason, while the order waits for a new photo. */
    private static String photoRejection(FilingOrder order) {
        if (order.getState() != OrderState.PHOTO_REJECTED) {
            return null;
        }
        List<OrderHistoryEntry> history = order.getHistory();
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).getToState() == OrderState.PHOTO_REJECTED) {
                return history.get(i).getReason();
            }
        }
        return null;
    }
}
