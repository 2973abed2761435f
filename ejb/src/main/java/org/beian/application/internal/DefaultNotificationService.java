package org.beian.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.beian.application.Caller;
import org.beian.application.NotFoundException;
import org.beian.application.NotificationDispatch;
import org.beian.application.NotificationService;
import org.beian.application.event.ApplicationEvent;
import org.beian.domain.model.account.Account;
import org.beian.domain.model.account.AccountRepository;
import org.beian.domain.model.account.Role;
import org.beian.domain.model.notification.InboxMessage;
import org.beian.domain.model.notification.Notification;

@Stateless
public class DefaultNotificationService implements NotificationService {

    /** Escalations go to at most this many staff accounts. */
    private static final int MAX_STAFF = 500;

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Inject
    private AccountRepository accounts;

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
    @Override
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
        boolean planned = !em.createNamedQuery("InboxMessage.findByEvent", InboxMessage.class)
                .setParameter("accountId", account.getId()).setParameter("eventId", event.id()).getResultList().isEmpty();
        if (planned) {
            return;
        }
        Locale locale = Locale.forLanguageTag(account.getLanguageTag());
        NotificationTemplates.render(event.type(), locale, event.attributes(), account.getDisplayName()).ifPresent(texts -> {
            Instant now = Instant.now();
            em.persist(new InboxMessage(account.getId(), event.id(), texts.subject(), texts.body(), now));
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
        em.persist(notification);
        dispatch.dispatch(notification.getId(), Duration.ZERO);
    }

    @Override
    public List<InboxView> inbox(Caller caller, int first, int max) {
        return em.createNamedQuery("InboxMessage.listByAccount", InboxMessage.class)
                .setParameter("accountId", authorization.accountOf(caller).getId())
                .setFirstResult(first).setMaxResults(Math.min(max, 200)).getResultList().stream()
                .map(m -> new InboxView(m.getId(), m.getTitle(), m.getBody(), m.getCreatedAt(), m.getReadAt() != null)).toList();
    }

    @Override
    public long inboxSize(Caller caller) {
        return em.createNamedQuery("InboxMessage.countByAccount", Long.class)
                .setParameter("accountId", authorization.accountOf(caller).getId()).getSingleResult();
    }

    @Override
    public int markAllRead(Caller caller) {
        return em.createNamedQuery("InboxMessage.markAllRead").setParameter("now", Instant.now())
                .setParameter("accountId", authorization.accountOf(caller).getId()).executeUpdate();
    }

    @Override
    public long unreadCount(Caller caller) {
        return em.createNamedQuery("InboxMessage.countUnread", Long.class)
                .setParameter("accountId", authorization.accountOf(caller).getId()).getSingleResult();
    }

    @Override
    public void markRead(Caller caller, long inboxMessageId) {
        InboxMessage message = Optional.ofNullable(em.find(InboxMessage.class, inboxMessageId))
                .orElseThrow(() -> new NotFoundException("message", String.valueOf(inboxMessageId)));
        authorization.requireOwner(caller, message.getAccountId());
        message.markRead(Instant.now());
    }

    @Override
    public List<NotificationView> sentTo(Caller caller) {
        return em.createNamedQuery("Notification.listByAccount", Notification.class)
                .setParameter("accountId", authorization.accountOf(caller).getId()).getResultList().stream()
                .map(DefaultNotificationService::view).toList();
    }

    private static NotificationView view(Notification n) {
        return new NotificationView(n.getId(), n.getEventId(), n.getEventType(), n.getChannel().name(), n.getRecipient(),
                n.getSubject(), n.getBody(), n.getStatus().name(), n.getAttempts(), n.getLastError(), n.getCreatedAt(), n.getSentAt());
    }
}
