package org.beian.interfaces.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import org.beian.infrastructure.messaging.jms.JmsNames;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the JMS broker accepts a connection. */
@Readiness
@ApplicationScoped
public class MessagingReadiness implements HealthCheck {

    @Resource(lookup = JmsNames.CONNECTION_FACTORY)
    private ConnectionFactory connectionFactory;

    @Override
    public HealthCheckResponse call() {
        try (JMSContext context = connectionFactory.createContext()) {
            return HealthCheckResponse.named("jms-broker").up()
                    .withData("provider", context.getMetaData().getJMSProviderName())
                    .build();
        } catch (JMSException | JMSRuntimeException e) {
            return HealthCheckResponse.named("jms-broker").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
