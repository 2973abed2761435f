package org.beian.application.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.beian.application.event.ApplicationEvent;

/**
 * What the desk's own consumers and timers call. Each call is a transaction of its own, so one failing
 * event or order leaves the others alone.
 */
public interface SystemDesk {

    /** What an event sets off: its audit record and its notifications. Idempotent by event id. */
    void handle(@NotNull ApplicationEvent event);

    /** Orders waiting on the applicant whose 45 days ran out, soonest first (a batch). */
    List<String> ordersDueToExpire(@NotNull Instant now);

    /** Expires one order; refused (and left for the next run) if it changed meanwhile. */
    void expire(@NotBlank String orderNumber);

    /** Raises the reminders and escalations due at {@code now}; returns how many. */
    int raiseDueReminders(@NotNull Instant now);
}
