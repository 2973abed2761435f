package org.beian.infrastructure.notification;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Logger;
import org.beian.application.port.NotificationDispatch;
import org.beian.infrastructure.messaging.jms.DeadMessageQueue;
import org.beian.infrastructure.messaging.jms.JmsNames.Origin;
import org.beian.infrastructure.messaging.jms.JmsNames;

/**
 * One e-mail or SMS per message, in one transaction with the message: sent and marked SENT; or refused,
 * recorded, and a new message scheduled after the backoff; or, after the last attempt, marked DEAD and
 * parked in the dead-message queue. Anything else (the database gone) rolls back, and the broker
 * delivers the message again.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JmsNames.DELIVERY_QUEUE),
        @ActivationConfigProperty(propertyName = "connectionFactoryLookup", propertyValue = JmsNames.CONNECTION_FACTORY),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
public class NotificationDeliveryConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(NotificationDeliveryConsumer.class.getName());

    @Inject
    private NotificationSender sender;

    @Inject
    private NotificationDispatch dispatch;

    @Inject
    private DeadMessageQueue deadMessages;

    @Override
    public void onMessage(Message message) {
        long id;
        try {
            id = message.getLongProperty(JmsNames.NOTIFICATION_ID_PROPERTY);
        } catch (JMSException | RuntimeException e) {
            LOG.warning("Ignored a delivery message without a notification id");
            return;
        }
        NotificationSender.Outcome outcome = sender.deliver(id);
        if (outcome instanceof NotificationSender.Outcome.RetryAfter retry) {
            dispatch.dispatch(id, retry.delay());
        } else if (outcome instanceof NotificationSender.Outcome.Dead dead) {
            deadMessages.park(Origin.DELIVERY, (TextMessage) message, dead.attempts(), dead.reason(), dead.eventType(),
                    dead.description());
        }
    }
}
