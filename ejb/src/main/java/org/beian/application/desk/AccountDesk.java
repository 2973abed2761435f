package org.beian.application.desk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.beian.application.dto.AccountView;
import org.beian.application.dto.CodeChannel;
import org.beian.application.dto.CodeSent;
import org.beian.application.dto.InboxView;
import org.beian.application.dto.NewAccount;
import org.beian.application.dto.NotificationView;
import org.beian.application.dto.PasswordReset;
import org.beian.application.dto.Registration;
import org.beian.application.security.Caller;

/**
 * What every account holder does, whatever the role: the account itself and its inbox; and what a
 * visitor does to get one: self-registration and a password reset.
 */
public interface AccountDesk {

    /**
     * Sends a 6-digit registration code to the e-mail address or the mobile (valid 10 minutes); refuses
     * within 60 s of the last code and after 5 codes in a day ({@code CodeNotSentException}).
     */
    CodeSent sendRegistrationCode(@NotNull CodeChannel channel, @NotBlank @Size(max = 254) String target,
                                  @NotBlank @Pattern(regexp = "zh-CN|en") String languageTag);

    /**
     * Opens an applicant account once both codes are right: {@code WeakPasswordException} (a key per broken
     * rule), {@code DuplicateUsernameException}, {@code VerificationCodeException} (a failure per wrong code;
     * the attempt is counted).
     */
    AccountView register(@NotNull @Valid Registration registration);

    /** The caller's new password: {@code WrongPasswordException} for a wrong current one, {@code WeakPasswordException}. */
    void changePassword(@NotNull Caller caller, @NotBlank @Size(max = 128) String currentPassword,
                        @NotBlank @Size(max = 128) String newPassword);

    /**
     * Texts a reset code to the mobile if it is the account's; answers the same whether or not it is
     * (the cooldown and daily limit apply either way).
     */
    CodeSent requestPasswordReset(@NotBlank @Size(max = 64) String username, @NotBlank @Pattern(regexp = "1\\d{10}") String mobile,
                                  @NotBlank @Pattern(regexp = "zh-CN|en") String languageTag);

    /** A new password with the texted code; a code for details that match no account is just a wrong code. */
    void resetPassword(@NotNull @Valid PasswordReset reset);

    /** Opens an account and raises {@code AccountCreated}; refuses a username that is taken. */
    AccountView createAccount(@NotNull @Valid NewAccount account);

    Optional<AccountView> findByUsername(@NotBlank String username);

    /** The language the caller's pages and notifications use from now on ({@code zh-CN} or {@code en}), kept on the account. */
    void changeLanguage(@NotNull Caller caller, @NotBlank @Pattern(regexp = "zh-CN|en") String languageTag);

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
