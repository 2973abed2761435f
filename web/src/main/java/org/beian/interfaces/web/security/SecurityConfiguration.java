package org.beian.interfaces.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.beian.domain.model.account.Role;

/**
 * The identity store: accounts and their roles in the database. Groups are the account's roles;
 * glassfish-application.xml maps each group to the role of the same name. The hash parameters must
 * equal those new hashes are made with (PasswordHashParameters in the EJB module). How credentials
 * arrive (login page, HTTP Basic for the API) is BeianAuthenticationMechanism's business (EJB module).
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/beian",
        callerQuery = "SELECT password_hash FROM account WHERE username = ? AND enabled = TRUE",
        groupsQuery = "SELECT r.role FROM account_role r JOIN account a ON a.id = r.account_id WHERE a.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations=210000",
                "Pbkdf2PasswordHash.SaltSizeBytes=16",
                "Pbkdf2PasswordHash.KeySizeBytes=32"
        })
@DeclareRoles({Role.Names.APPLICANT, Role.Names.REVIEWER, Role.Names.ADMIN})
@ApplicationScoped
public class SecurityConfiguration {
}
