package org.beian.infrastructure.messaging.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import org.beian.application.event.ApplicationEvent;
import org.beian.application.event.ApplicationEvents;

/**
 * Sends each event as a JSON text message. The injected JMS context joins the caller's JTA
 * transaction, so the message is sent only if the business transaction commits.
 */
@ApplicationScoped
public class JmsApplicationEvents implements ApplicationEvents {

    @Inject
    @JMSConnectionFactory(JmsNames.CONNECTION_FACTORY)
    private JMSContext context;

    @Resource(lookup = JmsNames.EVENTS_QUEUE)
    private Queue events;

    @Override
    public void raise(ApplicationEvent event) {
        TextMessage message = context.createTextMessage(EventMessages.toJson(event));
        try {
            message.setJMSType(event.type());
            message.setStringProperty(JmsNames.EVENT_ID_PROPERTY, event.id());
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot label event message " + event.id(), e);
        }
        context.createProducer().send(events, message);
    }
}
