package org.beian.application.dto;

import java.io.Serializable;
import java.util.Set;
import org.beian.domain.model.filing.OrderSummary;
import org.beian.domain.model.filing.workflow.OrderAction;

/** One of the caller's open orders as the dashboard lists it, with what the caller may do with it now. */
public record MyOrder(OrderSummary summary, Set<OrderAction> actions) implements Serializable {

    public MyOrder {
        actions = Set.copyOf(actions);
    }

    public boolean allows(OrderAction action) {
        return actions.contains(action);
    }
}
