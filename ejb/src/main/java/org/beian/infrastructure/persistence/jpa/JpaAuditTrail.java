package org.beian.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import org.beian.domain.model.audit.AuditSearch;
import org.beian.domain.model.audit.AuditEntry;
import org.beian.domain.model.audit.AuditTrail;

@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Override
    public boolean recordOnce(AuditEntry entry) {
        boolean seen = !em.createNamedQuery("AuditEntry.findByEventId", AuditEntry.class)
                .setParameter("eventId", entry.getEventId())
                .setMaxResults(1).getResultList().isEmpty();
        if (seen) {
            return false;
        }
        // A concurrent duplicate fails on the unique event_id and rolls back; its redelivery sees this row.
        em.persist(entry);
        return true;
    }

    @Override
    public List<AuditEntry> listByTarget(String target) {
        return em.createNamedQuery("AuditEntry.listByTarget", AuditEntry.class)
                .setParameter("target", target).getResultList();
    }

    /**
     * Keyset paging newest first: {@code occurredAt <= :t} beside {@code (occurredAt < :t OR id < :id)}
     * lets the (occurred_at, id), (actor, occurred_at, id) and (target, occurred_at) indexes seek instead
     * of filter (the queues' lesson, issue 12).
     */
    @Override
    public List<AuditEntry> search(AuditSearch search, int max) {
        List<String> where = new ArrayList<>();
        if (search.target() != null) {
            where.add("e.target = :target");
        }
        if (search.actor() != null) {
            where.add("e.actor = :actor");
        }
        if (search.eventType() != null) {
            where.add("e.eventType = :eventType");
        }
        if (search.from() != null) {
            where.add("e.occurredAt >= :from");
        }
        if (search.to() != null) {
            where.add("e.occurredAt < :to");
        }
        if (search.beforeAt() != null) {
            where.add("e.occurredAt <= :beforeAt AND (e.occurredAt < :beforeAt OR e.id < :beforeId)");
        }
        TypedQuery<AuditEntry> query = em.createQuery("SELECT e FROM AuditEntry e"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + " ORDER BY e.occurredAt DESC, e.id DESC",
                AuditEntry.class);
        if (search.target() != null) {
            query.setParameter("target", search.target());
        }
        if (search.actor() != null) {
            query.setParameter("actor", search.actor());
        }
        if (search.eventType() != null) {
            query.setParameter("eventType", search.eventType());
        }
        if (search.from() != null) {
            query.setParameter("from", search.from());
        }
        if (search.to() != null) {
            query.setParameter("to", search.to());
        }
        if (search.beforeAt() != null) {
            query.setParameter("beforeAt", search.beforeAt()).setParameter("beforeId", search.beforeId());
        }
        return query.setMaxResults(max).getResultList();
    }
}
