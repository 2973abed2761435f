package org.beian.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.beian.infrastructure.messaging.outbox.model.OutboxEvent;
import org.beian.infrastructure.messaging.outbox.model.OutboxRepository;

@ApplicationScoped
public class JpaOutboxRepository implements OutboxRepository {

    /** Ids per IN list: well below every database's bind-parameter limit. */
    private static final int IN_LIST = 500;

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Override
    public void add(OutboxEvent event) {
        em.persist(event);
    }

    /**
     * The first {@code max} unpublished ids, then those rows locked. One locking query with max results
     * would be {@code … FOR UPDATE LIMIT ?} from EclipseLink, which PostgreSQL takes and H2 refuses (no
     * event was ever relayed on H2). A relay that waited on another instance's lock reads the rows again
     * after it: the ones published meanwhile no longer match.
     */
    @Override
    public List<OutboxEvent> lockUnpublished(int max) {
        List<Long> ids = em.createNamedQuery("OutboxEvent.listUnpublishedIds", Long.class).setMaxResults(max).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("OutboxEvent.lockUnpublished", OutboxEvent.class).setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public List<Long> listUnhandled(Instant from, Instant before, int maxRelays, int max) {
        return em.createNamedQuery("OutboxEvent.listUnhandled", Long.class).setParameter("from", from).setParameter("before", before)
                .setParameter("maxRelays", maxRelays).setMaxResults(max).getResultList();
    }

    @Override
    public Optional<OutboxEvent> find(long id) {
        return Optional.ofNullable(em.find(OutboxEvent.class, id));
    }

    @Override
    public Set<String> existingEventIds(Collection<String> eventIds) {
        List<String> ids = new ArrayList<>(eventIds);
        Set<String> existing = new HashSet<>();
        for (int i = 0; i < ids.size(); i += IN_LIST) {
            existing.addAll(em.createNamedQuery("OutboxEvent.listExistingIds", String.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + IN_LIST))).getResultList());
        }
        return existing;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
