package org.beian.infrastructure.notification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The safety net under the delivery queue. A notification's row and its delivery message are written
 * in one transaction, but the JDBC pool is not XA: the message is the last resource of a one-phase
 * commit, so a crash at the wrong instant can leave a committed PENDING row whose message never became
 * visible. Every minute, on every instance, rows PENDING more than two minutes past their attempt time
 * get a new delivery message; the row lock and status check make a duplicate message harmless.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeliverySweeper {

    private static final Logger LOG = Logger.getLogger(DeliverySweeper.class.getName());
    static final Duration GRACE = Duration.ofMinutes(2);
    private static final int BATCH = 500;

    @Inject
    private NotificationRedispatch redispatch;

    @Schedule(hour = "*", minute = "*", second = "30", persistent = false)
    void sweep() {
        Instant now = Instant.now();
        int count = 0;
        for (Long id : redispatch.overdue(now.minus(GRACE), BATCH)) {
            if (redispatch.again(id, now)) {
                count++;
            }
        }
        if (count > 0) {
            int redispatched = count;
            LOG.warning(() -> "Re-dispatched " + redispatched + " notifications whose delivery message was missing");
        }
    }
}
