package org.beian.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.beian.application.AccountService;
import org.beian.application.AccountView;
import org.beian.application.DuplicateUsernameException;
import org.beian.application.NewAccount;
import org.beian.application.event.ApplicationEvent;
import org.beian.application.event.ApplicationEvents;
import org.beian.application.event.EventTypes;
import org.beian.domain.model.account.Account;
import org.beian.domain.model.account.AccountRepository;
import org.beian.application.PasswordHashing;

@Stateless
@ValidateOnExecution // makes the validation extension see the constraints declared on the interface
public class DefaultAccountService implements AccountService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHashing passwordHashing;

    @Inject
    private ApplicationEvents events;

    @Override
    public AccountView createAccount(NewAccount request) {
        if (accounts.findByUsername(request.username()).isPresent()) {
            throw new DuplicateUsernameException(request.username());
        }
        Account account = new Account(request.username(), passwordHashing.hash(request.password()),
                request.displayName(), request.languageTag(), request.roles(), Instant.now());
        account.changeContact(request.email(), request.mobile());
        account = accounts.store(account);
        events.raise(ApplicationEvent.of(EventTypes.ACCOUNT_CREATED, request.username(),
                "account:" + account.getId(), Map.of("roles", request.roles().toString())));
        return AccountView.of(account);
    }

    @Override
    public Optional<AccountView> findByUsername(String username) {
        return accounts.findByUsername(username).map(AccountView::of);
    }
}
