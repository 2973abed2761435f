package org.beian.application;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.beian.application.event.ApplicationEvent;

/** Notifications: planned from events, delivered by e-mail, SMS and the in-app inbox. */
public interface NotificationService {

    record NotificationView(long id, String eventId, String eventType, String channel, String recipient, String subject,
                            String body, String status, int attempts, String lastError, Instant createdAt, Instant sentAt)
            implements Serializable {}

    record InboxView(long id, String title, String body, Instant createdAt, boolean read) implements Serializable {}

    /** Turns an event into its notifications (once per event: a repeated call adds nothing). */
    void plan(@NotNull ApplicationEvent event);

    List<InboxView> inbox(@NotNull Caller caller, int first, int max);

    /** How many messages the caller's inbox holds (for paging). */
    long inboxSize(@NotNull Caller caller);

    long unreadCount(@NotNull Caller caller);

    /** Marks every unread message of the caller read; returns how many. */
    int markAllRead(@NotNull Caller caller);

    void markRead(@NotNull Caller caller, long inboxMessageId);

    /** An account's e-mails and SMS, in the order they were planned (for the account and for tests). */
    List<NotificationView> sentTo(@NotNull Caller caller);
}
