package org.beian.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.executable.ValidateOnExecution;
import java.util.List;
import java.util.Optional;
import org.beian.application.desk.AccountDesk;
import org.beian.application.dto.AccountView;
import org.beian.application.dto.CodeChannel;
import org.beian.application.dto.CodeSent;
import org.beian.application.dto.InboxView;
import org.beian.application.dto.NewAccount;
import org.beian.application.dto.NotificationView;
import org.beian.application.dto.PasswordReset;
import org.beian.application.dto.Registration;
import org.beian.application.security.Caller;

@Stateless
@ValidateOnExecution // makes the validation extension see the constraints declared on the interface
@Interceptors(FailureTranslation.class)
public class DefaultAccountDesk implements AccountDesk {

    @Inject
    private Accounts accounts;

    @Inject
    private Notifications notifications;

    @Inject
    private Registrations registrations;

    @Inject
    private Passwords passwords;

    @Override
    public CodeSent sendRegistrationCode(CodeChannel channel, String target, String languageTag) {
        return registrations.sendCode(channel, target, languageTag);
    }

    @Override
    public AccountView register(Registration registration) {
        return registrations.register(registration);
    }

    @Override
    public void changePassword(Caller caller, String currentPassword, String newPassword) {
        passwords.change(caller, currentPassword, newPassword);
    }

    @Override
    public CodeSent requestPasswordReset(String username, String mobile, String languageTag) {
        return passwords.requestReset(username, mobile, languageTag);
    }

    @Override
    public void resetPassword(PasswordReset reset) {
        passwords.reset(reset);
    }

    @Override
    public AccountView createAccount(NewAccount account) {
        return accounts.create(account);
    }

    @Override
    public Optional<AccountView> findByUsername(String username) {
        return accounts.findByUsername(username);
    }

    @Override
    public void changeLanguage(Caller caller, String languageTag) {
        accounts.changeLanguage(caller, languageTag);
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
