package org.beian.infrastructure.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.beian.application.NotificationDispatch;
import org.beian.domain.model.notification.Notification;

/** The {@link DeliverySweeper}'s transactions: one query, then one row at a time. */
@Stateless
public class NotificationRedispatch {

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Inject
    private NotificationDispatch dispatch;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> overdue(Instant before, int max) {
        return em.createNamedQuery("Notification.listOverdue", Long.class).setParameter("before", before)
                .setMaxResults(max).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean again(long id, Instant now) {
        Notification notification = em.find(Notification.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (notification == null || notification.getStatus() != Notification.Status.PENDING
                || notification.getNextAttemptAt().isAfter(now.minus(DeliverySweeper.GRACE))) {
            return false;
        }
        notification.postponed(now);
        dispatch.dispatch(id, Duration.ZERO);
        return true;
    }
}
