package org.beian.infrastructure.jobs;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beian.application.desk.SystemDesk;

/**
 * Every ten minutes, on every instance: expires the orders that are due, one transaction each. Two
 * instances may pick the same order: the second fails its version check and leaves it.
 */
@Singleton
public class OrderExpiryJob {

    private static final Logger LOG = Logger.getLogger(OrderExpiryJob.class.getName());

    @Inject
    private SystemDesk system;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void run() {
        for (String orderNumber : system.ordersDueToExpire(Instant.now())) {
            try {
                system.expire(orderNumber);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Order " + orderNumber + " not expired now", e);
            }
        }
    }
}
