package org.beian.infrastructure.messaging.jms;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Logger;
import org.beian.application.AuditService;
import org.beian.application.event.ApplicationEvent;

/** Writes every application event to the audit trail. Idempotent: a redelivered event is recorded once. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JmsNames.EVENTS_QUEUE),
        @ActivationConfigProperty(propertyName = "connectionFactoryLookup", propertyValue = JmsNames.CONNECTION_FACTORY),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
public class AuditConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(AuditConsumer.class.getName());

    @Inject
    private AuditService audit;

    @Override
    public void onMessage(Message message) {
        try {
            ApplicationEvent event = EventMessages.fromJson(((TextMessage) message).getText());
            if (!audit.record(event)) {
                LOG.fine(() -> "Event " + event.id() + " was already recorded");
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable event message", e);
        }
    }
}
