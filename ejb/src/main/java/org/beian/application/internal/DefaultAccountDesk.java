package org.beian.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.executable.ValidateOnExecution;
import java.util.List;
import java.util.Optional;
import org.beian.application.desk.AccountDesk;
import org.beian.application.dto.AccountView;
import org.beian.application.dto.InboxView;
import org.beian.application.dto.NewAccount;
import org.beian.application.dto.NotificationView;
import org.beian.application.security.Caller;

@Stateless
@ValidateOnExecution // makes the validation extension see the constraints declared on the interface
@Interceptors(FailureTranslation.class)
public class DefaultAccountDesk implements AccountDesk {

    @Inject
    private Accounts accounts;

    @Inject
    private Notifications notifications;

    @Override
    public AccountView createAccount(NewAccount account) {
        return accounts.create(account);
    }

    @Override
    public Optional<AccountView> findByUsername(String username) {
        return accounts.findByUsername(username);
    }

    @Override
    public List<InboxView> inbox(Caller caller, int first, int max) {
        return notifications.inbox(caller, first, max);
    }

    @Override
    public long inboxSize(Caller caller) {
        return notifications.inboxSize(caller);
    }

    @Override
    public long unreadCount(Caller caller) {
        return notifications.unreadCount(caller);
    }

    @Override
    public int markAllRead(Caller caller) {
        return notifications.markAllRead(caller);
    }

    @Override
    public void markRead(Caller caller, long inboxMessageId) {
        notifications.markRead(caller, inboxMessageId);
    }

    @Override
    public List<NotificationView> notificationsSent(Caller caller) {
        return notifications.sentTo(caller);
    }
}
