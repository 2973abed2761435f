package org.beian.infrastructure.bureau;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import org.beian.infrastructure.bureau.simulator.BureauSimulator;
import org.beian.infrastructure.messaging.jms.JmsNames;

/**
 * Delivers submissions to the bureau. With the simulator on (the default, {@code beian.bureau.simulator.enabled})
 * the simulator receives them; a gateway to a real bureau would be called here instead.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JmsNames.BUREAU_QUEUE),
        @ActivationConfigProperty(propertyName = "connectionFactoryLookup", propertyValue = JmsNames.CONNECTION_FACTORY),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
public class BureauQueueConsumer implements MessageListener {

    @Inject
    private BureauSimulator simulator;

    @Override
    public void onMessage(Message message) {
        try {
            simulator.receive(JmsBureauGateway.read(((TextMessage) message).getText()));
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable bureau submission", e);
        }
    }
}
