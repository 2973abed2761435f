package org.beian.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.validation.executable.ValidateOnExecution;
import org.beian.application.BureauApproval;
import org.beian.application.BureauOutcomeService;
import org.beian.application.OrderView;
import org.beian.application.RegistryService;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.FilingOrderRepository;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.workflow.Actor;
import org.beian.domain.model.filing.workflow.OrderAction;

/**
 * The bureau's answers. An answer repeated for an order that already has it changes nothing: the
 * bureau (or its simulator, or a retried callback) may deliver the same outcome twice.
 */
@Stateless
@ValidateOnExecution // makes the validation extension see the constraints declared on the interface
public class DefaultBureauOutcomeService implements BureauOutcomeService {

    @Inject
    private FilingOrderRepository orders;

    @Inject
    private Transitions transitions;

    @Inject
    private RegistryService registry;

    @Override
    public OrderView approved(String orderNumber, BureauApproval approval) {
        FilingOrder order = orders.getByNumber(orderNumber);
        if (order.getState() == OrderState.APPROVED) {
            return view(order);
        }
        // The registry changes in the same transaction as the approval: both happen or neither.
        registry.applyApproval(orderNumber, approval);
        List<String> numbers = new ArrayList<>();
        numbers.add(approval.subjectIcpNumber());
        numbers.addAll(approval.websiteIcpNumbers());
        Map<String, String> told = new LinkedHashMap<>();
        told.put("icpNumbers", String.join("、", numbers.stream().distinct().toList()));
        if (approval.filingPasswordHash() != null) {
            told.put("filingPasswordSent", "true");
        }
        transitions.perform(order, OrderAction.BUREAU_APPROVE, Actor.BUREAU, null, told);
        return view(order);
    }

    @Override
    public OrderView rejected(String orderNumber, String reason) {
        FilingOrder order = orders.getByNumber(orderNumber);
        if (order.getState() == OrderState.BUREAU_REJECTED) {
            return view(order);
        }
        transitions.perform(order, OrderAction.BUREAU_REJECT, Actor.BUREAU, reason);
        return view(order);
    }

    @Override
    public OrderView smsCheckFailed(String orderNumber, String reason) {
        FilingOrder order = orders.getByNumber(orderNumber);
        if (order.getState() != OrderState.AT_BUREAU) {
            return view(order);
        }
        transitions.perform(order, OrderAction.SMS_CHECK_FAILED, Actor.BUREAU, reason);
        return view(order);
    }

    /** The order as the caller sees it after this step: flushed first, so the version is the one to send next. */
    private OrderView view(FilingOrder order) {
        orders.flush();
        return OrderView.of(order);
    }
}
