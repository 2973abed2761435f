package org.beian.infrastructure.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.beian.application.port.NotificationDispatch;
import org.beian.domain.model.notification.Notification;
import org.beian.domain.model.notification.NotificationRepository;

/** The {@link DeliverySweeper}'s transactions: one query, then one row at a time. */
@Stateless
public class NotificationRedispatch {

    @Inject
    private NotificationRepository notifications;

    @Inject
    private NotificationDispatch dispatch;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> overdue(Instant before, int max) {
        return notifications.listOverdue(before, max);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean again(long id, Instant now) {
        Notification notification = notifications.findForDelivery(id).orElse(null);
        if (notification == null || notification.getStatus() != Notification.Status.PENDING
                || notification.getNextAttemptAt().isAfter(now.minus(DeliverySweeper.GRACE))) {
            return false;
        }
        notification.postponed(now);
        dispatch.dispatch(id, Duration.ZERO);
        return true;
    }
}
