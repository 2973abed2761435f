package org.beian.infrastructure.messaging.outbox.model;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The transactional outbox: events written with the business change, relayed to JMS afterwards. */
public interface OutboxRepository {

    void add(OutboxEvent event);

    /**
     * Events not yet published, oldest first, locked for the caller's transaction: another instance's relay
     * waits, and then no longer finds them unpublished.
     */
    List<OutboxEvent> lockUnpublished(int max);

    /** Which of these event ids the outbox already holds. */
    Set<String> existingEventIds(Collection<String> eventIds);

    void flush();
}
