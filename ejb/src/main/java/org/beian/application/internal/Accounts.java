package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.beian.application.DuplicateUsernameException;
import org.beian.application.dto.AccountView;
import org.beian.application.dto.NewAccount;
import org.beian.application.event.ApplicationEvent;
import org.beian.application.event.ApplicationEvents;
import org.beian.application.event.EventTypes;
import org.beian.application.port.PasswordHashing;
import org.beian.application.security.Authorization;
import org.beian.application.security.Caller;
import org.beian.domain.model.account.Account;
import org.beian.domain.model.account.AccountRepository;

/** Opening and finding accounts. */
@ApplicationScoped
public class Accounts {

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHashing passwordHashing;

    @Inject
    private ApplicationEvents events;

    @Inject
    private Authorization authorization;

    public AccountView create(NewAccount request) {
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

    /** The caller's language, for its pages (applied at login) and its notifications. */
    public void changeLanguage(Caller caller, String languageTag) {
        Account account = authorization.accountOf(caller);
        if (!languageTag.equals(account.getLanguageTag())) {
            account.changeLanguage(languageTag);
        }
    }

    public Optional<AccountView> findByUsername(String username) {
        return accounts.findByUsername(username).map(AccountView::of);
    }
}
