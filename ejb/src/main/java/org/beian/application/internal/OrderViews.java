package org.beian.application.internal;

import org.beian.application.dto.OrderView;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.FilingOrderRepository;

/** The order as the caller sees it after a step. */
final class OrderViews {

    private OrderViews() {}

    /** Flushed first, so the version is the one to send next (and a concurrent change fails here, not at commit). */
    static OrderView flushed(FilingOrderRepository orders, FilingOrder order) {
        orders.flush();
        return OrderView.of(order);
    }
}
