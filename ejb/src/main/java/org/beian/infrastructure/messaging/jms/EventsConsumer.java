package org.beian.infrastructure.messaging.jms;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import org.beian.application.AuditService;
import org.beian.application.NotificationService;
import org.beian.application.event.ApplicationEvent;

/**
 * Every application event, in one transaction: into the audit trail and turned into the notifications it
 * calls for. Both are idempotent by event id, so a redelivered message changes nothing; a failure rolls
 * both back and the broker redelivers (after its attempts, to its dead-message queue).
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JmsNames.EVENTS_QUEUE),
        @ActivationConfigProperty(propertyName = "connectionFactoryLookup", propertyValue = JmsNames.CONNECTION_FACTORY),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
public class EventsConsumer implements MessageListener {

    @Inject
    private AuditService audit;

    @Inject
    private NotificationService notifications;

    @Override
    public void onMessage(Message message) {
        ApplicationEvent event;
        try {
            event = EventMessages.fromJson(((TextMessage) message).getText());
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable event message", e);
        }
        audit.record(event);
        notifications.plan(event);
    }
}
