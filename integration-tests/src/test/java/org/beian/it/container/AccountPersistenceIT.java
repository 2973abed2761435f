package org.beian.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.beian.application.DuplicateUsernameException;
import org.beian.application.desk.AccountDesk;
import org.beian.application.dto.AccountView;
import org.beian.application.dto.NewAccount;
import org.beian.application.port.PasswordHashing;
import org.beian.domain.model.account.Role;
import org.beian.infrastructure.persistence.flyway.BeianSchema;
import org.beian.infrastructure.persistence.flyway.SchemaMigration;
import org.beian.it.Deployments;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Persisting through an EJB and reading back, on the schema Flyway made at deployment. */
@ExtendWith(ArquillianExtension.class)
class AccountPersistenceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    AccountDesk accounts;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    SchemaMigration schemaMigration;

    @Resource(lookup = "java:app/jdbc/beian")
    DataSource dataSource;

    @Test
    void accountIsStoredAndReadBack() {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        AccountView created = accounts.createAccount(new NewAccount(username, "S3cret-pass", "测试用户",
                username + "@example.com", "13912345678", "zh-CN", Set.of(Role.APPLICANT)));

        AccountView read = accounts.findByUsername(username).orElseThrow();
        assertEquals(created.id(), read.id());
        assertEquals("测试用户", read.displayName());
        assertEquals(Set.of(Role.APPLICANT), read.roles());
        assertTrue(read.id() >= 900, "generated ids stay clear of the range reserved for scripts");
    }

    @Test
    void passwordIsStoredAsVerifiablePbkdf2Hash() {
        String hash = passwordHashing.hash("correct horse");
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:210000:"), hash);
        assertTrue(passwordHashing.verify("correct horse", hash));
        assertFalse(passwordHashing.verify("wrong horse", hash));
    }

    @Test
    void takenUsernameIsRefusedWithBusinessError() {
        String username = "dup-" + UUID.randomUUID().toString().substring(0, 8);
        NewAccount request = new NewAccount(username, "S3cret-pass", "A", null, null, "en", Set.of(Role.APPLICANT));
        accounts.createAccount(request);

        DuplicateUsernameException refused = assertThrows(DuplicateUsernameException.class, () -> accounts.createAccount(request));
        assertEquals("error.account.duplicateUsername", refused.getMessageKey());
    }

    @Test
    void invalidInputIsRejectedByBeanValidation() {
        NewAccount bad = new NewAccount("x", "short", "", "not-an-email", "123", "fr", Set.of());
        EJBException refused = assertThrows(EJBException.class, () -> accounts.createAccount(bad));
        Throwable cause = refused;
        while (cause != null && !(cause instanceof ConstraintViolationException)) {
            cause = cause.getCause();
        }
        assertNotNull(cause, "refused by Bean Validation: " + refused);
        assertEquals(7, ((ConstraintViolationException) cause).getConstraintViolations().size(),
                ((ConstraintViolationException) cause).getConstraintViolations().toString());
        assertTrue(accounts.findByUsername("x").isEmpty(), "nothing was stored");
    }

    @Test
    void schemaIsAtTheLatestFlywayVersion() {
        MigrationInfo[] applied = BeianSchema.configure(dataSource).load().info().applied();
        assertTrue(applied.length >= 1);
        assertTrue(Arrays.stream(applied).allMatch(m -> m.getState() == MigrationState.SUCCESS),
                "every migration applied successfully");
        String latest = applied[applied.length - 1].getVersion().getVersion();
        assertNotNull(schemaMigration.schemaVersion());
        assertEquals(latest, schemaMigration.schemaVersion());
    }
}
