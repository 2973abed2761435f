package org.beian.infrastructure.messaging.outbox.model;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The transactional outbox: events written with the business change, relayed to JMS afterwards. */
public interface OutboxRepository {

    void add(OutboxEvent event);

    /**
     * Events not yet published, oldest first, locked for the caller's transaction: another instance's relay
     * waits, and then no longer finds them unpublished.
     */
    List<OutboxEvent> lockUnpublished(int max);

    /**
     * Ids of events published in [from, before) that no handling recorded (no audit entry with the event's
     * id) and that were sent back fewer than {@code maxRelays} times.
     */
    List<Long> listUnhandled(Instant from, Instant before, int maxRelays, int max);

    Optional<OutboxEvent> find(long id);

    /** Which of these event ids the outbox already holds. */
    Set<String> existingEventIds(Collection<String> eventIds);

    void flush();
}
