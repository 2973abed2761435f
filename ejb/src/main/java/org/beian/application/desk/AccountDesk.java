package org.beian.application.desk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.beian.application.dto.AccountView;
import org.beian.application.dto.InboxView;
import org.beian.application.dto.NewAccount;
import org.beian.application.dto.NotificationView;
import org.beian.application.security.Caller;

/** What every account holder does, whatever the role: the account itself and its inbox. */
public interface AccountDesk {

    /** Opens an account and raises {@code AccountCreated}; refuses a username that is taken. */
    AccountView createAccount(@NotNull @Valid NewAccount account);

    Optional<AccountView> findByUsername(@NotBlank String username);

    /** The caller's inbox, newest first. */
    List<InboxView> inbox(@NotNull Caller caller, int first, int max);

    /** How many messages the caller's inbox holds (for paging). */
    long inboxSize(@NotNull Caller caller);

    long unreadCount(@NotNull Caller caller);

    /** Marks every unread message of the caller read; returns how many. */
    int markAllRead(@NotNull Caller caller);

    void markRead(@NotNull Caller caller, long inboxMessageId);

    /** The caller's e-mails and SMS, in the order they were planned. */
    List<NotificationView> notificationsSent(@NotNull Caller caller);
}
