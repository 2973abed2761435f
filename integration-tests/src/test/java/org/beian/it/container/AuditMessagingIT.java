package org.beian.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.beian.application.DuplicateUsernameException;
import org.beian.application.desk.AccountDesk;
import org.beian.application.desk.AdministrationDesk;
import org.beian.application.desk.SystemDesk;
import org.beian.application.dto.AccountView;
import org.beian.application.dto.AuditRecord;
import org.beian.application.dto.NewAccount;
import org.beian.application.event.ApplicationEvent;
import org.beian.application.security.Caller;
import org.beian.domain.model.account.Role;
import org.beian.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A JMS round trip: a service raises an event in its transaction, the audit MDB consumes it. */
@ExtendWith(ArquillianExtension.class)
class AuditMessagingIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    AccountDesk accounts;

    @Inject
    AdministrationDesk administration;

    @Inject
    SystemDesk system;

    private final Caller admin = new Caller("admin", Set.of(Role.ADMIN));

    @Test
    void accountCreationReachesTheAuditTrailThroughJms() throws InterruptedException {
        String username = "jms-" + UUID.randomUUID().toString().substring(0, 8);
        AccountView created = accounts.createAccount(new NewAccount(username, "S3cret-pass", "JMS",
                null, null, "zh-CN", Set.of(Role.APPLICANT)));
        String target = "account:" + created.id();

        List<AuditRecord> records = awaitRecords(target);

        assertEquals(1, records.size());
        AuditRecord record = records.get(0);
        assertEquals("AccountCreated", record.eventType());
        assertEquals(username, record.actor());
        assertTrue(record.detail().contains("APPLICANT"), record.detail());
    }

    @Test
    void aFailedBusinessTransactionSendsNoEvent() throws InterruptedException {
        String username = "dup-" + UUID.randomUUID().toString().substring(0, 8);
        NewAccount request = new NewAccount(username, "S3cret-pass", "Dup", null, null, "en", Set.of(Role.APPLICANT));
        AccountView first = accounts.createAccount(request);
        // Refused: the rolled-back transaction must not leave an event behind.
        assertThrows(DuplicateUsernameException.class, () -> accounts.createAccount(request));
        List<AuditRecord> records = awaitRecords("account:" + first.id());
        Thread.sleep(2000); // the refused attempt's event, had it escaped, would be relayed within a second
        assertEquals(1, administration.auditTrail(admin, "account:" + first.id()).size());
        assertEquals(1, records.size());
    }

    @Test
    void handlingTheSameEventTwiceKeepsOneEntry() {
        String target = "test:" + UUID.randomUUID();
        ApplicationEvent event = ApplicationEvent.of("TestEvent", "tester", target, Map.of("k", "v"));

        system.handle(event);
        system.handle(event); // a redelivery
        assertEquals(1, administration.auditTrail(admin, target).size());
    }

    private List<AuditRecord> awaitRecords(String target) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        List<AuditRecord> records = administration.auditTrail(admin, target);
        while (records.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            records = administration.auditTrail(admin, target);
        }
        assertFalse(records.isEmpty(), "no audit entry for " + target + " within " + PATIENCE);
        return records;
    }
}
