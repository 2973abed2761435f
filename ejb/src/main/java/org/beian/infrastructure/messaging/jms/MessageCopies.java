package org.beian.infrastructure.messaging.jms;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;
import java.util.Collections;
import java.util.Set;

/** A new text message with another's body, type and application properties (not the broker's JMSX ones). */
final class MessageCopies {

    private MessageCopies() {}

    static TextMessage copy(JMSContext context, TextMessage original) {
        return copy(context, original, Set.of());
    }

    static TextMessage copy(JMSContext context, TextMessage original, Set<String> leaveOut) {
        try {
            TextMessage copy = context.createTextMessage(original.getText());
            copy.setJMSType(original.getJMSType());
            for (Object name : Collections.list(original.getPropertyNames())) {
                String property = (String) name;
                if (!property.startsWith("JMSX") && !property.startsWith("JMS_") && !leaveOut.contains(property)) {
                    copy.setObjectProperty(property, original.getObjectProperty(property));
                }
            }
            return copy;
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot copy message", e);
        }
    }

    static int attemptOf(TextMessage message) {
        try {
            return message.propertyExists(JmsNames.ATTEMPT_PROPERTY) ? message.getIntProperty(JmsNames.ATTEMPT_PROPERTY) : 0;
        } catch (JMSException e) {
            return 0;
        }
    }
}
