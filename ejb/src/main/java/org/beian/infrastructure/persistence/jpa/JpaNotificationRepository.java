package org.beian.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.beian.domain.model.notification.Notification;
import org.beian.domain.model.notification.NotificationRepository;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Override
    public Notification add(Notification notification) {
        em.persist(notification);
        return notification;
    }

    @Override
    public Optional<Notification> find(long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    @Override
    public Optional<Notification> findForDelivery(long id) {
        return Optional.ofNullable(em.find(Notification.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Instant> earliestPendingBefore(Notification n) {
        // The attribute itself, ordered, rather than MIN(): an aggregate's value bypasses the Instant converter's
        // column type, and PostgreSQL's driver then hands the converter a Timestamp.
        return em.createNamedQuery("Notification.earliestBefore", Instant.class)
                .setParameter("recipient", n.getRecipient()).setParameter("channel", n.getChannel())
                .setParameter("createdAt", n.getCreatedAt()).setParameter("id", n.getId())
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<Long> findNextPendingAfter(Notification n) {
        return em.createNamedQuery("Notification.listNextAfter", Long.class)
                .setParameter("recipient", n.getRecipient()).setParameter("channel", n.getChannel())
                .setParameter("createdAt", n.getCreatedAt()).setParameter("id", n.getId())
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Long> listOverdue(Instant before, int max) {
        return em.createNamedQuery("Notification.listOverdue", Long.class).setParameter("before", before)
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<Notification> listByAccount(long accountId) {
        return em.createNamedQuery("Notification.listByAccount", Notification.class)
                .setParameter("accountId", accountId).getResultList();
    }

    @Override
    public List<String> recentRecipients(Notification.Channel channel, int max) {
        return em.createNamedQuery("Notification.listRecentRecipients", Object[].class).setParameter("channel", channel)
                .setMaxResults(max).getResultStream().map(row -> (String) row[0]).toList();
    }
}
