package org.beian.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * The identity store: accounts and their roles in the database. Groups are the account's roles;
 * glassfish-application.xml maps each group to the role of the same name. It verifies with the
 * parameters new hashes are made with ({@link PasswordHashParameters}, the one source of them). How
 * credentials arrive (login page, HTTP Basic for the API) is {@link BeianAuthenticationMechanism}'s
 * business.
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/beian",
        callerQuery = "SELECT password_hash FROM account WHERE username = ? AND enabled = TRUE",
        groupsQuery = "SELECT r.role FROM account_role r JOIN account a ON a.id = r.account_id WHERE a.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                PasswordHashParameters.ALGORITHM,
                PasswordHashParameters.ITERATIONS,
                PasswordHashParameters.SALT_SIZE,
                PasswordHashParameters.KEY_SIZE
        })
@ApplicationScoped
public class DatabaseIdentityStore {
}
