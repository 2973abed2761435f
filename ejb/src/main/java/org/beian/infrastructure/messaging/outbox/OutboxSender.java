package org.beian.infrastructure.messaging.outbox;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.util.List;
import org.beian.infrastructure.messaging.jms.JmsNames;
import org.beian.infrastructure.messaging.outbox.model.OutboxEvent;

/**
 * Sends outbox events to the events queue outside any transaction: without a JTA transaction the
 * container's JMS context acknowledges automatically, and a persistent send returns once the broker
 * has stored the message. The caller's transaction (the rows' locks) is suspended meanwhile.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    @Inject
    @JMSConnectionFactory(JmsNames.CONNECTION_FACTORY)
    private JMSContext context;

    @Resource(lookup = JmsNames.EVENTS_QUEUE)
    private Queue events;

    public void send(List<OutboxEvent> outboxEvents) {
        JMSProducer producer = context.createProducer();
        for (OutboxEvent event : outboxEvents) {
            TextMessage message = context.createTextMessage(event.getPayload());
            try {
                message.setJMSType(event.getEventType());
                message.setStringProperty(JmsNames.EVENT_ID_PROPERTY, event.getEventId());
            } catch (JMSException e) {
                throw new IllegalStateException("Cannot label event message " + event.getEventId(), e);
            }
            producer.send(events, message);
        }
    }
}
