package org.beian.infrastructure.jobs;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every ten minutes, on every instance: expires the orders that are due (see {@link OrderExpiry}). */
@Singleton
public class OrderExpiryJob {

    private static final Logger LOG = Logger.getLogger(OrderExpiryJob.class.getName());

    @Inject
    private OrderExpiry expiry;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void run() {
        for (String orderNumber : expiry.due(Instant.now())) {
            try {
                expiry.expire(orderNumber);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Order " + orderNumber + " not expired now", e);
            }
        }
    }
}
