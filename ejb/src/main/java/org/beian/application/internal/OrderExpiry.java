package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.beian.domain.model.filing.DueOrder;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.FilingOrderRepository;
import org.beian.domain.model.filing.workflow.Actor;
import org.beian.domain.model.filing.workflow.OrderAction;

/**
 * Expires orders left idle 45 days in a step that waits on the applicant (data kept; they can be
 * submitted again). One order per transaction (the system desk's); an order changed meanwhile by another
 * instance or by its owner fails its version check and is simply left for the next run.
 */
@ApplicationScoped
public class OrderExpiry {

    private static final int BATCH = 200;

    @Inject
    private FilingOrderRepository orders;

    @Inject
    private Transitions transitions;

    public List<String> due(Instant now) {
        return orders.listExpiringBetween(Instant.EPOCH, now, BATCH).stream().map(DueOrder::orderNumber).toList();
    }

    public void expire(String orderNumber) {
        FilingOrder order = orders.getByNumber(orderNumber);
        transitions.perform(order, OrderAction.EXPIRE, Actor.SYSTEM, "45天未操作，订单已过期");
        orders.flush();
    }
}
