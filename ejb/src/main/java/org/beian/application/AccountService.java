package org.beian.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

public interface AccountService {

    /** Creates an account and raises {@code AccountCreated}; refuses a username that is taken. */
    AccountView createAccount(@NotNull @Valid NewAccount account);

    Optional<AccountView> findByUsername(@NotBlank String username);
}
