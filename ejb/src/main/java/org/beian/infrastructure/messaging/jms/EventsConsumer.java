package org.beian.infrastructure.messaging.jms;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beian.application.desk.SystemDesk;
import org.beian.application.event.ApplicationEvent;
import org.beian.infrastructure.messaging.jms.JmsNames.Origin;

/**
 * Every application event: handled ({@link SystemDesk#handle}) in a transaction of its own. When that fails,
 * this consumer's transaction, which holds the message, sends it back to the queue with a delay (the
 * retry policy's backoff) or, after the last attempt, parks it in the dead-message queue, and commits.
 * A crash before that commit leaves the message with the broker, which delivers it again.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JmsNames.EVENTS_QUEUE),
        @ActivationConfigProperty(propertyName = "connectionFactoryLookup", propertyValue = JmsNames.CONNECTION_FACTORY),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        // One at a time, in the order the relay published them: an applicant hears of the steps in order.
        @ActivationConfigProperty(propertyName = "MaxPoolSize", propertyValue = "1")
})
public class EventsConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(EventsConsumer.class.getName());

    @Inject
    private SystemDesk handling;

    @Inject
    private RetryPolicy retryPolicy;

    @Inject
    private DeadMessageQueue deadMessages;

    @Inject
    @JMSConnectionFactory(JmsNames.CONNECTION_FACTORY)
    private JMSContext context;

    @Resource(lookup = JmsNames.EVENTS_QUEUE)
    private Queue events;

    @Override
    public void onMessage(Message message) {
        if (!(message instanceof TextMessage text)) {
            LOG.warning("Ignored a non-text message on the events queue");
            return;
        }
        int failures = MessageCopies.attemptOf(text) + 1;
        ApplicationEvent event;
        try {
            event = EventMessages.fromJson(text.getText());
        } catch (JMSException | RuntimeException e) {
            deadMessages.park(Origin.EVENTS, text, failures, "Unreadable event: " + e);
            return;
        }
        try {
            handling.handle(event);
        } catch (EJBException e) {
            String reason = rootCause(e);
            LOG.log(Level.WARNING, "Event " + event.id() + " (" + event.type() + ") failed on attempt " + failures + ": " + reason);
            Optional<Duration> delay = retryPolicy.delayAfter(failures);
            if (delay.isPresent()) {
                later(text, failures, delay.get());
            } else {
                deadMessages.park(Origin.EVENTS, text, failures, reason);
            }
        }
    }

    private void later(TextMessage message, int failures, Duration delay) {
        TextMessage again = MessageCopies.copy(context, message);
        try {
            again.setIntProperty(JmsNames.ATTEMPT_PROPERTY, failures);
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
        context.createProducer().setDeliveryDelay(delay.toMillis()).send(events, again);
    }

    static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
