package org.beian.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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
}
