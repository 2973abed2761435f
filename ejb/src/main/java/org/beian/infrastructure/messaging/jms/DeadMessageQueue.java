package org.beian.infrastructure.messaging.jms;

import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.beian.application.NotFoundException;
import org.beian.application.dto.DeadMessageView;
import org.beian.application.port.DeadMessages;
import org.beian.domain.model.notification.NotificationRepository;
import org.beian.infrastructure.messaging.jms.JmsNames.Origin;

/**
 * The application's dead-message queue ({@code BeianDeadMessages}). The consumers park a message here,
 * in their own transaction, when its last attempt failed; administrators list the queue and send a
 * message back to its origin. A queue of its own rather than the broker's {@code mq.sys.dmq}: the
 * consumers decide when a message is dead (after the retry policy's attempts, with backoff), and the
 * parked copy says where it came from and why.
 */
@Stateless
@LocalBean
@Local(DeadMessages.class)
public class DeadMessageQueue implements DeadMessages {

    // OpenMQ ids look like ID:13-127.0.0.1(e4:17:1b:c6:28:f2)-1-1795905277839; nothing that could end the selector literal.
    private static final Pattern MESSAGE_ID = Pattern.compile("ID:[A-Za-z0-9:._()-]{1,200}");
    private static final int MAX_LIST = 500;

    @Inject
    @JMSConnectionFactory(JmsNames.CONNECTION_FACTORY)
    private JMSContext context;

    @Resource(lookup = JmsNames.DEAD_MESSAGE_QUEUE)
    private Queue dead;

    @Resource(lookup = JmsNames.EVENTS_QUEUE)
    private Queue events;

    @Resource(lookup = JmsNames.DELIVERY_QUEUE)
    private Queue delivery;

    @Inject
    private NotificationRepository notifications;

    /** Parks a copy of the message, in the caller's transaction (the consumer's, which consumes the original). */
    public void park(Origin origin, TextMessage message, int attempts, String reason) {
        park(origin, message, attempts, reason, null, null);
    }

    /**
     * As above, labelled for the administrators' page: the event type and a description in place of the
     * body (a delivery message's body says nothing; its notification id property is what counts).
     */
    public void park(Origin origin, TextMessage message, int attempts, String reason, String type, String description) {
        TextMessage copy = MessageCopies.copy(context, message);
        try {
            if (type != null) {
                copy.setJMSType(type);
            }
            if (description != null) {
                copy.setText(description);
            }
            copy.setStringProperty(JmsNames.ORIGIN_PROPERTY, origin.name());
            copy.setIntProperty(JmsNames.ATTEMPT_PROPERTY, attempts);
            copy.setStringProperty(JmsNames.DEAD_REASON_PROPERTY, reason == null ? "" : reason.length() > 500 ? reason.substring(0, 500) : reason);
            copy.setStringProperty(JmsNames.DEAD_AT_PROPERTY, Instant.now().toString());
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot label a dead message", e);
        }
        context.createProducer().send(dead, copy);
    }

    @Override
    public List<DeadMessageView> list(int max) {
        List<DeadMessageView> views = new ArrayList<>();
        try (QueueBrowser browser = context.createBrowser(dead)) {
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements() && views.size() < Math.min(max, MAX_LIST)) {
                if (messages.nextElement() instanceof TextMessage message) {
                    views.add(view(message));
                }
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot browse the dead-message queue", e);
        }
        return views;
    }

    @Override
    public void retry(String messageId) {
        if (!MESSAGE_ID.matcher(messageId).matches()) {
            throw new NotFoundException("deadMessage", messageId);
        }
        Message taken;
        try (JMSConsumer consumer = context.createConsumer(dead, "JMSMessageID = '" + messageId + "'")) {
            taken = consumer.receive(2000);
        }
        if (!(taken instanceof TextMessage message)) {
            throw new NotFoundException("deadMessage", messageId);
        }
        TextMessage again = MessageCopies.copy(context, message, Set.of(JmsNames.ORIGIN_PROPERTY, JmsNames.DEAD_REASON_PROPERTY,
                JmsNames.DEAD_AT_PROPERTY, JmsNames.ATTEMPT_PROPERTY));
        try {
            Origin origin = Origin.valueOf(message.getStringProperty(JmsNames.ORIGIN_PROPERTY));
            if (origin == Origin.DELIVERY) {
                notifications.find(message.getLongProperty(JmsNames.NOTIFICATION_ID_PROPERTY))
                        .ifPresent(notification -> notification.retry(Instant.now()));
            }
            context.createProducer().send(origin == Origin.EVENTS ? events : delivery, again);
        } catch (JMSException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot send dead message " + messageId + " back", e);
        }
    }

    private static DeadMessageView view(TextMessage m) throws JMSException {
        String text = m.getText() == null ? "" : m.getText();
        String deadAt = m.getStringProperty(JmsNames.DEAD_AT_PROPERTY);
        return new DeadMessageView(m.getJMSMessageID(), m.getStringProperty(JmsNames.ORIGIN_PROPERTY), m.getJMSType(),
                m.getStringProperty(JmsNames.EVENT_ID_PROPERTY),
                m.propertyExists(JmsNames.NOTIFICATION_ID_PROPERTY) ? m.getLongProperty(JmsNames.NOTIFICATION_ID_PROPERTY) : null,
                m.propertyExists(JmsNames.ATTEMPT_PROPERTY) ? m.getIntProperty(JmsNames.ATTEMPT_PROPERTY) : 0,
                m.getStringProperty(JmsNames.DEAD_REASON_PROPERTY), deadAt == null ? null : Instant.parse(deadAt),
                text.length() > 300 ? text.substring(0, 300) + "…" : text);
    }

}
