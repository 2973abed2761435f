package org.beian.infrastructure.messaging.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.beian.application.event.ApplicationEvent;
import org.beian.application.event.ApplicationEvents;
import org.beian.infrastructure.messaging.jms.EventMessages;

/**
 * A transactional outbox: the event is a row written in the business transaction, so it exists if and
 * only if the business change committed — whatever happens to the broker or the server afterwards.
 * {@link OutboxRelay} publishes it to JMS.
 */
@ApplicationScoped
public class OutboxApplicationEvents implements ApplicationEvents {

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Override
    public void raise(ApplicationEvent event) {
        em.persist(new OutboxEvent(event.id(), event.type(), EventMessages.toJson(event), event.occurredAt()));
    }
}
