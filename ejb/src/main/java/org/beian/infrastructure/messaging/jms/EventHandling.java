package org.beian.infrastructure.messaging.jms;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.beian.application.AuditService;
import org.beian.application.NotificationService;
import org.beian.application.event.ApplicationEvent;

/**
 * What an event sets off, in a transaction of its own so that a failure rolls back this work only and
 * leaves the consumer free to schedule the next attempt: the audit record and the notifications. Both
 * are idempotent by event id, so handling an event twice changes nothing the second time.
 */
@Stateless
public class EventHandling {

    @Inject
    private AuditService audit;

    @Inject
    private NotificationService notifications;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void handle(ApplicationEvent event) {
        audit.record(event);
        notifications.plan(event);
    }
}
