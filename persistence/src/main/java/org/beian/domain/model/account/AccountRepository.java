package org.beian.domain.model.account;

import java.util.Optional;

public interface AccountRepository {

    Optional<Account> findByUsername(String username);

    Optional<Account> find(long id);

    Account store(Account account);
}
