package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.beian.application.NotFoundException;
import org.beian.application.dto.InboxView;
import org.beian.application.dto.NotificationView;
import org.beian.application.event.ApplicationEvent;
import org.beian.application.port.NotificationDispatch;
import org.beian.application.security.Authorization;
import org.beian.application.security.Caller;
import org.beian.domain.model.account.Account;
import org.beian.domain.model.account.AccountRepository;
import org.beian.domain.model.account.Role;
import org.beian.domain.model.notification.InboxMessage;
import org.beian.domain.model.notification.InboxRepository;
import org.beian.domain.model.notification.Notification;
import org.beian.domain.model.notification.NotificationRepository;

/** Notifications: planned from events, delivered by e-mail, SMS and the in-app inbox. */
@ApplicationScoped
public class Notifications {

    /** Escalations go to at most this many staff accounts. */
    private static final int MAX_STAFF = 500;

    @Inject
    private AccountRepository accounts;

    @Inject
    private InboxRepository inbox;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private Authorization authorization;

    @Inject
    private NotificationDispatch dispatch;

    /**
     * Who hears of an event: the account named by {@code accountId} (the order's or website's owner),
     * or, for escalations ({@code audience=REVIEWER}), every enabled reviewer. Each in their own
     * language: an e-mail and an SMS where the account has an address and a mobile, and always an
     * inbox message. Once per event and account: a redelivered event finds the inbox message and stops.
     */
    public void plan(ApplicationEvent event) {
        if (!NotificationTemplates.notifies(event.type())) {
            return; // audit-only events: no account to look up, no inbox to check
        }
        for (Account account : audience(event)) {
            plan(event, account);
        }
    }

    private List<Account> audience(ApplicationEvent event) {
        String audience = event.attributes().get("audience");
        if (audience != null) {
            return accounts.listEnabledByRole(Role.valueOf(audience), MAX_STAFF);
        }
        String accountId = event.attributes().get("accountId");
        return accountId == null ? List.of() : accounts.find(Long.parseLong(accountId)).stream().toList();
    }

    private void plan(ApplicationEvent event, Account account) {
        if (inbox.hasMessageFor(account.getId(), event.id())) {
            return;
        }
        Locale locale = Locale.forLanguageTag(account.getLanguageTag());
        NotificationTemplates.render(event.type(), locale, event.attributes(), account.getDisplayName()).ifPresent(texts -> {
            Instant now = Instant.now();
            inbox.add(new InboxMessage(account.getId(), event.id(), texts.subject(), texts.body(), now));
            if (account.getEmail() != null) {
                deliver(new Notification(event.id(), event.type(), Notification.Channel.EMAIL, account.getId(), account.getEmail(),
                        account.getLanguageTag(), texts.subject(), texts.body(), now));
            }
            if (account.getMobile() != null) {
                deliver(new Notification(event.id(), event.type(), Notification.Channel.SMS, account.getId(), account.getMobile(),
                        account.getLanguageTag(), texts.subject(), texts.sms(), now));
            }
        });
    }

    /** Stored, and handed to the delivery consumer in the same transaction. */
    private void deliver(Notification notification) {
        notifications.add(notification);
        dispatch.dispatch(notification.getId(), Duration.ZERO);
    }

    public List<InboxView> inbox(Caller caller, int first, int max) {
        return inbox.listByAccount(accountId(caller), first, max).stream()
                .map(m -> new InboxView(m.getId(), m.getTitle(), m.getBody(), m.getCreatedAt(), m.getReadAt() != null)).toList();
    }

    public long inboxSize(Caller caller) {
        return inbox.countByAccount(accountId(caller));
    }

    public long unreadCount(Caller caller) {
        return inbox.countUnread(accountId(caller));
    }

    public int markAllRead(Caller caller) {
        return inbox.markAllRead(accountId(caller), Instant.now());
    }

    public void markRead(Caller caller, long inboxMessageId) {
        InboxMessage message = inbox.find(inboxMessageId)
                .orElseThrow(() -> new NotFoundException("message", String.valueOf(inboxMessageId)));
        authorization.requireOwner(caller, message.getAccountId());
        message.markRead(Instant.now());
    }

    public List<NotificationView> sentTo(Caller caller) {
        return notifications.listByAccount(accountId(caller)).stream().map(Notifications::view).toList();
    }

    private long accountId(Caller caller) {
        return authorization.accountOf(caller).getId();
    }

    private static NotificationView view(Notification n) {
        return new NotificationView(n.getId(), n.getEventId(), n.getEventType(), n.getChannel().name(), n.getRecipient(),
                n.getSubject(), n.getBody(), n.getStatus().name(), n.getAttempts(), n.getLastError(), n.getCreatedAt(), n.getSentAt());
    }
}
