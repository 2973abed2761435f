package org.beian.domain.model.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Planned e-mails and SMS, and the queries delivery needs to keep one recipient's messages in order. */
public interface NotificationRepository {

    Notification add(Notification notification);

    Optional<Notification> find(long id);

    /** The row locked for delivery: two deliveries of one notification run one after the other. */
    Optional<Notification> findForDelivery(long id);

    /** When the earliest pending message to the same recipient and channel, planned before this one, is due; empty if none. */
    Optional<Instant> earliestPendingBefore(Notification notification);

    /** The next pending message to the same recipient and channel, planned after this one. */
    Optional<Long> findNextPendingAfter(Notification notification);

    /** Pending notifications whose attempt was due before {@code before}, oldest first. */
    List<Long> listOverdue(Instant before, int max);

    /** An account's e-mails and SMS, in the order they were planned. */
    List<Notification> listByAccount(long accountId);

    /** The addresses (or mobiles) on the channel that were last written to, the most recent first, at most {@code max}. */
    List<String> recentRecipients(Notification.Channel channel, int max);
}
