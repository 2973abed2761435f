package org.beian.infrastructure.messaging.outbox;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.beian.infrastructure.messaging.outbox.model.OutboxEvent;
import org.beian.infrastructure.messaging.outbox.model.OutboxRepository;

/** The {@link EventSweeper}'s transactions: one query, then one row at a time. */
@Stateless
public class OutboxRequeue {

    @Inject
    private OutboxRepository outbox;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> unhandled(Instant from, Instant before, int maxRelays, int max) {
        return outbox.listUnhandled(from, before, maxRelays, max);
    }

    /** Sends the event back to the relay unless another instance did, or the relay has it already. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean again(long id, int maxRelays) {
        OutboxEvent event = outbox.find(id).orElse(null);
        if (event == null || event.getPublishedAt() == null || event.getRelays() >= maxRelays) {
            return false;
        }
        event.republish();
        return true;
    }
}
