package org.beian.infrastructure.messaging.outbox.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The transactional outbox: events written with the business change, relayed to JMS afterwards. */
public interface OutboxRepository {

    void add(OutboxEvent event);

    Optional<OutboxEvent> find(long id);

    /** Ids of events not yet published, oldest first. */
    List<Long> listUnpublished(int max);

    /** Which of these event ids the outbox already holds. */
    Set<String> existingEventIds(Collection<String> eventIds);

    void flush();
}
