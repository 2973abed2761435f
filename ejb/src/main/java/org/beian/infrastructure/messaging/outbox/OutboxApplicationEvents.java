package org.beian.infrastructure.messaging.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import org.beian.application.event.ApplicationEvent;
import org.beian.application.event.ApplicationEvents;
import org.beian.infrastructure.messaging.jms.EventMessages;
import org.beian.infrastructure.messaging.outbox.model.OutboxEvent;
import org.beian.infrastructure.messaging.outbox.model.OutboxRepository;

/**
 * A transactional outbox: the event is a row written in the business transaction, so it exists if and
 * only if the business change committed — whatever happens to the broker or the server afterwards.
 * {@link OutboxRelay} publishes it to JMS.
 */
@ApplicationScoped
public class OutboxApplicationEvents implements ApplicationEvents {

    @Inject
    private OutboxRepository outbox;

    @Override
    public void raise(ApplicationEvent event) {
        outbox.add(new OutboxEvent(event.id(), event.type(), EventMessages.toJson(event), event.occurredAt()));
    }

    @Override
    public Set<String> alreadyRaised(Collection<String> eventIds) {
        return outbox.existingEventIds(eventIds);
    }
}
