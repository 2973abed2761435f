package org.beian.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.beian.domain.model.notification.InboxMessage;
import org.beian.domain.model.notification.InboxRepository;

@ApplicationScoped
public class JpaInboxRepository implements InboxRepository {

    /** The inbox page's largest page. */
    private static final int MAX_PAGE = 200;

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Override
    public InboxMessage add(InboxMessage message) {
        em.persist(message);
        return message;
    }

    @Override
    public Optional<InboxMessage> find(long id) {
        return Optional.ofNullable(em.find(InboxMessage.class, id));
    }

    @Override
    public boolean hasMessageFor(long accountId, String eventId) {
        return !em.createNamedQuery("InboxMessage.findByEvent", InboxMessage.class)
                .setParameter("accountId", accountId).setParameter("eventId", eventId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<InboxMessage> listByAccount(long accountId, int first, int max) {
        return em.createNamedQuery("InboxMessage.listByAccount", InboxMessage.class).setParameter("accountId", accountId)
                .setFirstResult(first).setMaxResults(Math.min(max, MAX_PAGE)).getResultList();
    }

    @Override
    public long countByAccount(long accountId) {
        return em.createNamedQuery("InboxMessage.countByAccount", Long.class).setParameter("accountId", accountId).getSingleResult();
    }

    @Override
    public long countUnread(long accountId) {
        return em.createNamedQuery("InboxMessage.countUnread", Long.class).setParameter("accountId", accountId).getSingleResult();
    }

    @Override
    public int markAllRead(long accountId, Instant now) {
        return em.createNamedQuery("InboxMessage.markAllRead").setParameter("now", now).setParameter("accountId", accountId)
                .executeUpdate();
    }
}
