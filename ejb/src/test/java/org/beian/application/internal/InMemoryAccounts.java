package org.beian.application.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.beian.domain.model.account.Account;
import org.beian.domain.model.account.AccountRepository;
import org.beian.domain.model.account.Role;

/** Accounts in a list; {@link #store} gives a new account its id. */
final class InMemoryAccounts implements AccountRepository {

    private final List<Account> accounts = new ArrayList<>();
    private long nextId = 1000;

    @Override
    public Optional<Account> findByUsername(String username) {
        return accounts.stream().filter(a -> a.getUsername().equals(username)).findFirst();
    }

    @Override
    public Optional<Account> find(long id) {
        return accounts.stream().filter(a -> a.getId() == id).findFirst();
    }

    @Override
    public Account store(Account account) {
        if (account.getId() == null) {
            Wiring.setField(account, "id", nextId++);
            accounts.add(account);
        }
        return account;
    }

    @Override
    public List<Account> listEnabledByRole(Role role, int max) {
        throw new UnsupportedOperationException("not used by the code under test");
    }

    @Override
    public List<Account> search(String usernamePrefix, Role role, int max) {
        return accounts.stream().filter(a -> usernamePrefix == null || a.getUsername().startsWith(usernamePrefix))
                .filter(a -> role == null || a.hasRole(role)).limit(max).toList();
    }
}
