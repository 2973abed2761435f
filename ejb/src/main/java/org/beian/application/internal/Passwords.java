package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beian.application.VerificationCodeException;
import org.beian.application.WeakPasswordException;
import org.beian.application.WrongPasswordException;
import org.beian.application.dto.CodeSent;
import org.beian.application.dto.PasswordReset;
import org.beian.application.event.ApplicationEvent;
import org.beian.application.event.ApplicationEvents;
import org.beian.application.event.EventTypes;
import org.beian.application.port.PasswordHashing;
import org.beian.application.security.Authorization;
import org.beian.application.security.Caller;
import org.beian.domain.model.account.Account;
import org.beian.domain.model.account.AccountRepository;
import org.beian.domain.model.account.PasswordRule;
import org.beian.domain.model.notification.Notification;
import org.beian.domain.model.verification.VerificationPurpose;

/**
 * Passwords: the strength rule for new ones, a change by the signed-in holder (the current password
 * checked), and a reset by a code texted to the account's mobile. A reset never tells whether the user
 * name and mobile belong to an account: a code is issued (with the same cooldown and limits) either way
 * but sent only to a real account's mobile, and a code for details that match no account is simply wrong.
 */
@ApplicationScoped
public class Passwords {

    @Inject
    private AccountRepository accounts;

    @Inject
    private Authorization authorization;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private VerificationCodes codes;

    @Inject
    private ApplicationEvents events;

    public void requireStrong(String username, String password) {
        List<PasswordRule.Problem> problems = PasswordRule.problems(username, password);
        if (!problems.isEmpty()) {
            throw new WeakPasswordException(problems.stream().map(PasswordRule.Problem::messageKey).toList());
        }
    }

    public void change(Caller caller, String currentPassword, String newPassword) {
        Account account = authorization.accountOf(caller);
        if (!hashing.verify(currentPassword, account.getPasswordHash())) {
            throw new WrongPasswordException();
        }
        requireStrong(account.getUsername(), newPassword);
        setPassword(account, newPassword, "change");
    }

    public CodeSent requestReset(String username, String mobile, String languageTag) {
        Optional<Account> account = holder(username, mobile);
        return codes.issue(VerificationPurpose.PASSWORD_RESET, mobile.strip(), Notification.Channel.SMS,
                account.map(Account::getLanguageTag).orElse(languageTag), account.isPresent());
    }

    public void reset(PasswordReset request) {
        requireStrong(request.username(), request.newPassword());
        Optional<Account> account = holder(request.username(), request.mobile());
        VerificationCodes.Check check = codes.check(VerificationPurpose.PASSWORD_RESET, request.mobile().strip(),
                account.isPresent() ? request.code() : null);
        if (!check.correct()) {
            throw new VerificationCodeException(List.of(check.failure()));
        }
        check.use();
        setPassword(account.orElseThrow(), request.newPassword(), "reset");
    }

    /** The enabled account of that user name, if the mobile is its own. */
    private Optional<Account> holder(String username, String mobile) {
        return accounts.findByUsername(username.strip()).filter(Account::isEnabled)
                .filter(a -> a.getMobile() != null && a.getMobile().equals(mobile.strip()));
    }

    private void setPassword(Account account, String newPassword, String how) {
        account.changePasswordHash(hashing.hash(newPassword));
        events.raise(ApplicationEvent.of(EventTypes.PASSWORD_CHANGED, account.getUsername(), "account:" + account.getId(),
                Map.of("how", how)));
    }
}
