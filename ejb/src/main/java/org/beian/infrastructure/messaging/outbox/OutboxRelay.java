package org.beian.infrastructure.messaging.outbox;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every second, on every instance: publishes the outbox rows not yet published, oldest first, a batch
 * per transaction. After a crash, a broker restart or a redeploy it simply carries on with what is left
 * in the table.
 */
@Singleton
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final int BATCH = 100;
    /** Batches per tick, so one tick cannot run into the next for long. */
    private static final int BATCHES = 20;

    @Inject
    private OutboxPublisher publisher;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void relay() {
        try {
            int batches = 1;
            while (publisher.publishNext(BATCH) == BATCH && batches < BATCHES) {
                batches++; // a full batch: there may be more
            }
        } catch (RuntimeException e) {
            // The broker or the database is away: the next tick tries again.
            LOG.log(Level.FINE, "Outbox events not published now", e);
        }
    }
}
