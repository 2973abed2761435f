package org.beian.application.dto;

import java.io.Serializable;
import java.util.Set;
import org.beian.domain.model.account.Account;
import org.beian.domain.model.account.Role;

/** An account as the interfaces layer sees it: no password hash. */
public record AccountView(long id, String username, String displayName, String email, String languageTag,
                          Set<Role> roles, boolean enabled) implements Serializable {

    public static AccountView of(Account account) {
        return new AccountView(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getEmail(), account.getLanguageTag(), Set.copyOf(account.getRoles()), account.isEnabled());
    }
}
