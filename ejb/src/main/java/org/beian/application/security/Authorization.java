package org.beian.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.beian.application.AccessDeniedException;
import org.beian.application.security.Caller;
import org.beian.domain.model.account.Account;
import org.beian.domain.model.account.AccountRepository;
import org.beian.domain.model.filing.FilingOrder;

/** The object-level checks every service applies: an applicant sees only what its account owns. */
@ApplicationScoped
public class Authorization {

    @Inject
    private AccountRepository accounts;

    /** The caller's account; an unknown or disabled account is refused. */
    public Account accountOf(Caller caller) {
        return accounts.findByUsername(caller.username()).filter(Account::isEnabled)
                .orElseThrow(AccessDeniedException::new);
    }

    public void requireOwnerOrStaff(Caller caller, FilingOrder order) {
        if (!caller.isStaff() && accountOf(caller).getId() != order.getAccountId()) {
            throw new AccessDeniedException();
        }
    }

    public void requireOwner(Caller caller, long ownerAccountId) {
        if (accountOf(caller).getId() != ownerAccountId) {
            throw new AccessDeniedException();
        }
    }
}
