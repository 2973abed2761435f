package org.beian.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.executable.ValidateOnExecution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beian.application.desk.BureauDesk;
import org.beian.application.dto.BureauApproval;
import org.beian.application.dto.OrderView;
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
@Interceptors(FailureTranslation.class)
public class DefaultBureauDesk implements BureauDesk {

    @Inject
    private FilingOrderRepository orders;

    @Inject
    private Transitions transitions;

    @Inject
    private Registry registry;

    @Override
    public OrderView approved(String orderNumber, BureauApproval approval) {
        FilingOrder order = orders.getByNumber(orderNumber);
        if (order.getState() == OrderState.APPROVED) {
            return OrderViews.flushed(orders, order);
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
        return OrderViews.flushed(orders, order);
    }

    @Override
    public OrderView rejected(String orderNumber, String reason) {
        FilingOrder order = orders.getByNumber(orderNumber);
        if (order.getState() == OrderState.BUREAU_REJECTED) {
            return OrderViews.flushed(orders, order);
        }
        transitions.perform(order, OrderAction.BUREAU_REJECT, Actor.BUREAU, reason);
        return OrderViews.flushed(orders, order);
    }

    @Override
    public OrderView smsCheckPassed(String orderNumber) {
        FilingOrder order = orders.getByNumber(orderNumber);
        order.smsCheckPassed(java.time.Instant.now());
        return OrderViews.flushed(orders, order);
    }

    @Override
    public OrderView smsCheckFailed(String orderNumber, String reason) {
        FilingOrder order = orders.getByNumber(orderNumber);
        if (order.getState() != OrderState.AT_BUREAU) {
            return OrderViews.flushed(orders, order);
        }
        transitions.perform(order, OrderAction.SMS_CHECK_FAILED, Actor.BUREAU, reason);
        return OrderViews.flushed(orders, order);
    }

}
