package org.beian.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beian.application.AccessDeniedException;
import org.beian.application.desk.AccountDesk;
import org.beian.application.desk.AdministrationDesk;
import org.beian.application.dto.DeadMessageView;
import org.beian.application.dto.NotificationView;
import org.beian.application.event.ApplicationEvent;
import org.beian.application.security.Caller;
import org.beian.domain.model.account.Role;
import org.beian.infrastructure.messaging.jms.JmsNames;
import org.beian.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What happens when delivery fails: the SMS provider stand-in refuses (HTTP 503), a delivery message
 * arrives twice, an event cannot be handled. The test run's retry policy is 3 attempts, 1 s then 2 s
 * apart (failsafe environment).
 */
@ExtendWith(ArquillianExtension.class)
class NotificationFailuresIT {

    private static final Caller ADMIN = new Caller("it-admin", Set.of(Role.ADMIN));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    AccountDesk accountDesk;

    @Inject
    AdministrationDesk adminDesk;

    @Inject
    WorkflowFixture fixture;

    @Resource(lookup = "java:app/jms/BeianConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "java:app/jms/DeliveryQueue")
    Queue delivery;

    @Test
    void anSmsTheProviderRefusesOnceIsTriedAgainAndReachesThePhoneOnce() throws Exception {
        WorkflowFixture.Applicant applicant = fixture.newApplicant("zh-CN");
        SmsProvider.refuse(applicant.mobile(), 1);
        raise(withdrawn(applicant, "2611290000001"));

        NotificationView sms = awaitSms(applicant.caller(), "SENT");
        assertEquals(2, sms.attempts(), "refused once, sent on the second attempt");
        assertTrue(sms.lastError().contains("503"), sms.lastError());
        Thread.sleep(3000);
        assertEquals(List.of("【备案】订单2611290000001已撤回。"), SmsProvider.texts(applicant.mobile()), "one SMS at the phone");
        assertEquals(new SmsProvider.Counts(2, 1, 0), SmsProvider.counts(applicant.mobile()), "two requests: the refused one and the sent one");
        assertEquals(1, NotificationsIT.mailSubjects(applicant.caller().username() + "@example.com", 1).size(), "the e-mail went once");
        assertEquals(1, accountDesk.inbox(applicant.caller(), 0, 10).size());
    }

    @Test
    void aDeliveryMessageThatArrivesAgainSendsNothingMore() throws Exception {
        WorkflowFixture.Applicant applicant = fixture.newApplicant("zh-CN");
        raise(withdrawn(applicant, "2611290000002"));
        NotificationView sms = awaitSms(applicant.caller(), "SENT");
        SmsProvider.Counts before = SmsProvider.counts(applicant.mobile());

        try (JMSContext context = connectionFactory.createContext()) {
            TextMessage again = context.createTextMessage("notification " + sms.id());
            again.setLongProperty(JmsNames.NOTIFICATION_ID_PROPERTY, sms.id());
            context.createProducer().send(delivery, again);
            context.createProducer().send(delivery, again);
        }
        Thread.sleep(3000);
        assertEquals(before, SmsProvider.counts(applicant.mobile()), "no further request reached the provider");
        assertEquals(1, SmsProvider.texts(applicant.mobile()).size());
        assertEquals(1, awaitSms(applicant.caller(), "SENT").attempts());
    }

    @Test
    void anSmsRefusedOnEveryAttemptEndsInTheDeadMessageQueueAndIsSentWhenRetried() {
        WorkflowFixture.Applicant applicant = fixture.newApplicant("zh-CN");
        SmsProvider.refuse(applicant.mobile(), -1);
        raise(withdrawn(applicant, "2611290000003"));

        NotificationView sms = awaitSms(applicant.caller(), "DEAD");
        assertEquals(3, sms.attempts());
        DeadMessageView dead = awaitDead(m -> sms.id() == Optional.ofNullable(m.notificationId()).orElse(-1L));
        assertEquals("DELIVERY", dead.origin());
        assertEquals("OrderWithdrawn", dead.type());
        assertEquals("SMS → " + applicant.mobile() + ": 【备案】订单 2611290000003 已撤回", dead.summary(), "says which message it was");
        assertEquals(3, dead.attempts());
        assertTrue(dead.reason().contains("503"), dead.reason());
        assertEquals(3, SmsProvider.counts(applicant.mobile()).refused());
        assertTrue(SmsProvider.texts(applicant.mobile()).isEmpty());
        assertThrows(AccessDeniedException.class, () -> adminDesk.deadMessages(applicant.caller(), 10), "administrators only");

        SmsProvider.stopRefusing(applicant.mobile());
        adminDesk.retryDeadMessage(ADMIN, dead.messageId());
        NotificationView sent = awaitSms(applicant.caller(), "SENT");
        assertEquals(1, sent.attempts(), "attempts start again after an administrator's retry");
        assertEquals(List.of("【备案】订单2611290000003已撤回。"), SmsProvider.texts(applicant.mobile()));
        assertTrue(adminDesk.deadMessages(ADMIN, 500).stream().noneMatch(m -> m.messageId().equals(dead.messageId())),
                "taken off the dead-message queue");
    }

    @Test
    void anEventThatCannotBeHandledIsTriedThreeTimesThenParked() {
        ApplicationEvent poison = ApplicationEvent.of("OrderWithdrawn", "it", "order:POISON",
                Map.of("orderNumber", "2611290000004", "accountId", "not-a-number"));
        raise(poison);

        DeadMessageView dead = awaitDead(m -> poison.id().equals(m.eventId()));
        assertEquals("EVENTS", dead.origin());
        assertEquals("OrderWithdrawn", dead.type());
        assertEquals(3, dead.attempts());
        assertTrue(dead.reason().contains("NumberFormatException"), dead.reason());
        assertTrue(dead.summary().contains("not-a-number"), dead.summary());

        adminDesk.retryDeadMessage(ADMIN, dead.messageId());
        DeadMessageView again = awaitDead(m -> poison.id().equals(m.eventId()) && !m.messageId().equals(dead.messageId()));
        assertEquals(3, again.attempts(), "sent back, tried three times again, parked again");
    }

    /**
     * An event the relay published whose message never reached a consumer (in doubt at the broker after a
     * crash): the event sweeper sends it back to the relay once, and the applicant is told.
     */
    @Test
    void anEventPublishedButNeverHandledIsPublishedAgainOnce() throws Exception {
        WorkflowFixture.Applicant applicant = fixture.newApplicant("zh-CN");
        ApplicationEvent lost = withdrawn(applicant, "2612010000" + (int) (Math.random() * 900 + 100));
        fixture.tx.begin();
        long id = ((Number) fixture.em.createNativeQuery("SELECT nextval('outbox_event_seq')").getSingleResult()).longValue();
        fixture.em.createNativeQuery("INSERT INTO outbox_event (id, version, event_id, event_type, payload, created_at, published_at, relays) "
                        + "VALUES (?1, 1, ?2, ?3, ?4, ?5, ?5, 0)")
                .setParameter(1, id).setParameter(2, lost.id()).setParameter(3, lost.type())
                .setParameter(4, org.beian.infrastructure.messaging.jms.EventMessages.toJson(lost))
                .setParameter(5, java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofMinutes(10)))).executeUpdate();
        fixture.tx.commit();

        // Published ten minutes ago and never handled: the next sweep (every minute, grace 60 s here) sends it again.
        WorkflowFixture.await(() -> accountDesk.inbox(applicant.caller(), 0, 10).isEmpty() ? null : true, Duration.ofSeconds(120),
                "the lost event's inbox message");
        assertEquals(1, accountDesk.inbox(applicant.caller(), 0, 10).size());
        assertEquals(1, ((Number) fixture.em.createNativeQuery("SELECT relays FROM outbox_event WHERE id = ?1").setParameter(1, id)
                .getSingleResult()).intValue(), "sent back once");
    }

    private static ApplicationEvent withdrawn(WorkflowFixture.Applicant applicant, String orderNumber) {
        return ApplicationEvent.of("OrderWithdrawn", "it", "order:" + orderNumber,
                Map.of("orderNumber", orderNumber, "accountId", String.valueOf(applicant.accountId())));
    }

    private void raise(ApplicationEvent event) {
        fixture.raise(event, 1);
    }

    private NotificationView awaitSms(Caller caller, String status) {
        return WorkflowFixture.await(() -> accountDesk.notificationsSent(caller).stream()
                        .filter(n -> n.channel().equals("SMS") && n.status().equals(status)).findFirst().orElse(null),
                Duration.ofSeconds(60), "an SMS notification " + status);
    }

    private DeadMessageView awaitDead(java.util.function.Predicate<DeadMessageView> which) {
        return WorkflowFixture.await(() -> adminDesk.deadMessages(ADMIN, 500).stream().filter(which).findFirst().orElse(null),
                Duration.ofSeconds(60), "a dead message");
    }
}
