package org.beian.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Instant;
import java.util.List;
import org.beian.application.desk.SystemDesk;
import org.beian.application.event.ApplicationEvent;

/** Each call in a transaction of its own: a failure rolls back that event's or that order's work only. */
@Stateless
@ValidateOnExecution // makes the validation extension see the constraints declared on the interface
@Interceptors(FailureTranslation.class)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DefaultSystemDesk implements SystemDesk {

    @Inject
    private Audit audit;

    @Inject
    private Notifications notifications;

    @Inject
    private OrderExpiry expiry;

    @Inject
    private Reminders reminders;

    @Override
    public void handle(ApplicationEvent event) {
        audit.record(event);
        notifications.plan(event);
    }

    @Override
    public List<String> ordersDueToExpire(Instant now) {
        return expiry.due(now);
    }

    @Override
    public void expire(String orderNumber) {
        expiry.expire(orderNumber);
    }

    @Override
    public int raiseDueReminders(Instant now) {
        return reminders.raiseDue(now);
    }
}
