package org.beian.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.beian.application.port.PasswordHashing;

/**
 * PBKDF2 through Jakarta Security's own implementation, so the hashes are exactly what the database
 * identity store ({@link DatabaseIdentityStore}, with the same parameters) verifies.
 */
@ApplicationScoped
public class Pbkdf2PasswordHashing implements PasswordHashing {

    @Inject
    private Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(PasswordHashParameters.asMap());
    }

    @Override
    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    @Override
    public boolean verify(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }
}
