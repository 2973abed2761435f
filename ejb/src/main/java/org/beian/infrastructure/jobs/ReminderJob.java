package org.beian.infrastructure.jobs;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beian.application.desk.SystemDesk;

/** Every fifteen minutes, on every instance: raises the reminders and escalations that are due (the system desk). */
@Singleton
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

    @Inject
    private SystemDesk system;

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    void run() {
        try {
            int raised = system.raiseDueReminders(Instant.now());
            if (raised > 0) {
                LOG.info(() -> "Raised " + raised + " reminders");
            }
        } catch (RuntimeException e) {
            // Another instance raised the same reminder at the same moment (unique event id): the next run is clean.
            LOG.log(Level.FINE, "Reminders not raised now", e);
        }
    }
}
