package org.beian.infrastructure.messaging.outbox;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.time.Instant;
import java.util.List;
import org.beian.infrastructure.messaging.jms.JmsNames;
import org.beian.infrastructure.messaging.outbox.model.OutboxEvent;
import org.beian.infrastructure.messaging.outbox.model.OutboxRepository;

/**
 * Publishes one outbox row: the JMS send and the "published" mark commit together (the JMS context
 * joins the JTA transaction). Two instances publishing the same row: the row's version lets one commit
 * and rolls the other back, send included. A crash after the commit of the send but before the mark
 * cannot happen in one transaction; a redelivered message is absorbed by the consumers' event ids.
 */
@Stateless
public class OutboxPublisher {

    @Inject
    private OutboxRepository outbox;

    @Inject
    @JMSConnectionFactory(JmsNames.CONNECTION_FACTORY)
    private JMSContext context;

    @Resource(lookup = JmsNames.EVENTS_QUEUE)
    private Queue events;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> unpublished(int max) {
        return outbox.listUnpublished(max);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void publish(long id) {
        OutboxEvent event = outbox.find(id).orElse(null);
        if (event == null || event.getPublishedAt() != null) {
            return;
        }
        TextMessage message = context.createTextMessage(event.getPayload());
        try {
            message.setJMSType(event.getEventType());
            message.setStringProperty(JmsNames.EVENT_ID_PROPERTY, event.getEventId());
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot label event message " + event.getEventId(), e);
        }
        context.createProducer().send(events, message);
        event.published(Instant.now());
        outbox.flush();
    }
}
