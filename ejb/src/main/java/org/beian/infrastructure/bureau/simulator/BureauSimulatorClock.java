package org.beian.infrastructure.bureau.simulator;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves the simulated bureau's cases along: decisions that are due, SMS checks that timed out. A
 * non-persistent timer runs on every instance of a cluster; the cases' versions make sure each case
 * is decided once.
 */
@Singleton
public class BureauSimulatorClock {

    private static final Logger LOG = Logger.getLogger(BureauSimulatorClock.class.getName());

    @Inject
    private BureauDecisions decisions;

    @Inject
    private SimulatorSettings settings;

    @Schedule(hour = "*", minute = "*", second = "*/3", persistent = false)
    void tick() {
        if (!settings.enabled()) {
            return;
        }
        Instant now = Instant.now();
        for (Long id : decisions.dueCases(now)) {
            run(() -> decisions.decide(id), id);
        }
        for (Long id : decisions.casesWithExpiredChecks(now)) {
            run(() -> decisions.timeOut(id), id);
        }
    }

    private static void run(Runnable step, long caseId) {
        try {
            step.run();
        } catch (RuntimeException e) {
            // Another instance won the case, or it failed: the next tick tries again.
            LOG.log(Level.FINE, "Bureau case " + caseId + " not decided now", e);
        }
    }
}
