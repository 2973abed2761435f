package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.beian.application.BusinessException;
import org.beian.application.dto.AccountView;
import org.beian.application.dto.NewAccount;
import org.beian.application.dto.NewStaffAccount;
import org.beian.application.event.ApplicationEvent;
import org.beian.application.event.ApplicationEvents;
import org.beian.application.event.EventTypes;
import org.beian.application.security.Caller;
import org.beian.domain.model.account.Account;
import org.beian.domain.model.account.AccountRepository;
import org.beian.domain.model.account.Role;

/**
 * Accounts as administrators manage them: open reviewers' and administrators' accounts (staff do not
 * register themselves), lock and unlock any account. A locked account cannot sign in (the identity
 * store reads only enabled accounts); an administrator cannot lock their own account, so a desk always
 * keeps one.
 */
@ApplicationScoped
public class StaffAccounts {

    @Inject
    private AccountRepository accounts;

    @Inject
    private Accounts opening;

    @Inject
    private Passwords passwords;

    @Inject
    private ApplicationEvents events;

    public List<AccountView> search(String usernamePrefix, Role role, int max) {
        String prefix = usernamePrefix == null || usernamePrefix.isBlank() ? null : usernamePrefix.strip();
        return accounts.search(prefix, role, max).stream().map(AccountView::of).toList();
    }

    public AccountView open(NewStaffAccount request) {
        if (request.roles().contains(Role.APPLICANT)) {
            throw new org.beian.application.InvalidFieldException("roles", "error.staff.applicantRole");
        }
        passwords.requireStrong(request.username(), request.password());
        return opening.create(new NewAccount(request.username(), request.password(), request.displayName().strip(),
                blankToNull(request.email()), blankToNull(request.mobile()), "zh-CN", request.roles()));
    }

    public AccountView setEnabled(Caller caller, String username, boolean enabled) {
        if (caller.username().equals(username) && !enabled) {
            throw new BusinessException("error.staff.lockSelf");
        }
        Account account = accounts.findByUsername(username).orElseThrow(() -> new BusinessException("error.staff.unknown", username));
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        events.raise(ApplicationEvent.of(EventTypes.ACCOUNT_ENABLED_CHANGED, caller.username(), "account:" + account.getId(),
                Map.of("enabled", Boolean.toString(enabled), "username", username)));
        return AccountView.of(account);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
