package org.beian.infrastructure.messaging.outbox;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every second, on every instance: publishes the outbox rows not yet published, oldest first, each in
 * its own transaction. After a crash, a broker restart or a redeploy it simply carries on with what is
 * left in the table.
 */
@Singleton
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final int BATCH = 500;

    @Inject
    private OutboxPublisher publisher;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void relay() {
        for (Long id : publisher.unpublished(BATCH)) {
            try {
                publisher.publish(id);
            } catch (RuntimeException e) {
                // Another instance published it, or the broker is away: the next tick tries again.
                LOG.log(Level.FINE, "Outbox event " + id + " not published now", e);
                return;
            }
        }
    }
}
