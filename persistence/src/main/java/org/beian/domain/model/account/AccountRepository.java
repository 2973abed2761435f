package org.beian.domain.model.account;

import java.util.List;
import java.util.Optional;

public interface AccountRepository {

    Optional<Account> findByUsername(String username);

    Optional<Account> find(long id);

    Account store(Account account);

    /** Enabled accounts with the role (staff: reviewers, administrators), at most {@code max}. */
    List<Account> listEnabledByRole(Role role, int max);

    /** Accounts whose username starts with the prefix (null: any), with the role (null: any), by username, at most {@code max}. */
    List<Account> search(String usernamePrefix, Role role, int max);
}
