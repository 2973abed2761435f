package org.beian.infrastructure.notification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every two seconds, on every instance: delivers the notifications that are due, oldest first. */
@Singleton
public class NotificationDelivery {

    private static final Logger LOG = Logger.getLogger(NotificationDelivery.class.getName());
    private static final int BATCH = 200;

    @Inject
    private NotificationSender sender;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void deliver() {
        for (Long id : sender.due(Instant.now(), BATCH)) {
            try {
                sender.deliver(id);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Notification " + id + " not delivered now", e);
            }
        }
    }
}
