package org.beian.infrastructure.messaging.outbox;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The safety net under the events queue, as {@code DeliverySweeper} is under the delivery queue. The
 * events consumer takes a message in a JTA transaction whose database half is a non-XA last resource:
 * a crash between the broker's prepare and the database's commit leaves the consumption in doubt at the
 * broker, and the application-scoped JMS resources are not there yet when the server recovers its
 * transactions, so the message is neither handled nor delivered again. Every minute, on every instance,
 * events published more than the grace period ago (and within the last day) that no handling recorded —
 * no audit entry with their id — go back to the relay, at most once each: a poison event already parked
 * in the dead-message queue is sent once more and then left alone. A second handling is harmless (the
 * audit and the inbox are unique per event).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventSweeper {

    private static final Logger LOG = Logger.getLogger(EventSweeper.class.getName());
    private static final int BATCH = 500;
    private static final int MAX_RELAYS = 1;

    @Inject
    private OutboxRequeue requeue;

    /** Longer than the events consumer's retries take, so an event still being retried is not sent twice. */
    @Inject
    @ConfigProperty(name = "beian.messaging.event-sweep-grace-seconds", defaultValue = "900")
    long graceSeconds;

    @Schedule(hour = "*", minute = "*", second = "45", persistent = false)
    void sweep() {
        Instant before = Instant.now().minus(Duration.ofSeconds(graceSeconds));
        int count = 0;
        for (Long id : requeue.unhandled(before.minus(Duration.ofDays(1)), before, MAX_RELAYS, BATCH)) {
            if (requeue.again(id, MAX_RELAYS)) {
                count++;
            }
        }
        if (count > 0) {
            int requeued = count;
            LOG.warning(() -> "Sent " + requeued + " events back to the relay: no handling of them was recorded");
        }
    }
}
