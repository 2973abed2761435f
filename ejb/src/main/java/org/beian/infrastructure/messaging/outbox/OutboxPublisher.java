package org.beian.infrastructure.messaging.outbox;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.beian.infrastructure.messaging.outbox.model.OutboxEvent;
import org.beian.infrastructure.messaging.outbox.model.OutboxRepository;

/**
 * Publishes the oldest unpublished outbox rows, at least once each. The rows are locked, sent to the
 * broker outside the transaction ({@link OutboxSender}: each send is stored by the broker when it
 * returns), and only then marked published. A crash between the two publishes them again after the
 * restart, and the consumers' event ids absorb the repeat.
 *
 * <p>Why not the send and the mark in one JTA transaction: the JDBC pool is not XA, so the broker would
 * be the prepared half of a last-resource commit; a crash after the database committed the mark left
 * the message in doubt at the broker, never delivered, and the event was lost (the crash test caught it).
 * Two instances: the second relay waits on the row locks and then finds the rows published.
 */
@Stateless
public class OutboxPublisher {

    @Inject
    private OutboxRepository outbox;

    @Inject
    private OutboxSender messages;

    /** Publishes up to {@code max} events; says how many it published. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int publishNext(int max) {
        List<OutboxEvent> events = outbox.lockUnpublished(max);
        if (events.isEmpty()) {
            return 0;
        }
        messages.send(events);
        Instant now = Instant.now();
        events.forEach(event -> event.published(now));
        return events.size();
    }
}
