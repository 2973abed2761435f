package org.beian.infrastructure.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.time.Duration;
import org.beian.application.port.NotificationDispatch;
import org.beian.infrastructure.messaging.jms.JmsNames;

/** A delivery message per e-mail or SMS, sent in the caller's JTA transaction, after the delay. */
@ApplicationScoped
public class JmsNotificationDispatch implements NotificationDispatch {

    @Inject
    @JMSConnectionFactory(JmsNames.CONNECTION_FACTORY)
    private JMSContext context;

    @Resource(lookup = JmsNames.DELIVERY_QUEUE)
    private Queue delivery;

    @Override
    public void dispatch(long notificationId, Duration delay) {
        TextMessage message = context.createTextMessage("notification " + notificationId);
        try {
            message.setJMSType("Delivery");
            message.setLongProperty(JmsNames.NOTIFICATION_ID_PROPERTY, notificationId);
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot label delivery message " + notificationId, e);
        }
        context.createProducer().setDeliveryDelay(Math.max(0, delay.toMillis())).send(delivery, message);
    }
}
