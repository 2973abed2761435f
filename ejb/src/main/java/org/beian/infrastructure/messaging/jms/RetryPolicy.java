package org.beian.infrastructure.messaging.jms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often a message's work is tried and how long to wait in between: the first delay doubles after
 * every failure (10 s, 20 s, 40 s, … by default, never more than an hour apart); after the last attempt
 * the message goes to the dead-message queue. Shared by the event consumer and the delivery consumer.
 */
@ApplicationScoped
public class RetryPolicy {

    private static final Duration LONGEST = Duration.ofHours(1);

    @Inject
    @ConfigProperty(name = "beian.messaging.retry.attempts", defaultValue = "6")
    int attempts;

    @Inject
    @ConfigProperty(name = "beian.messaging.retry.first-delay-seconds", defaultValue = "10")
    int firstDelaySeconds;

    public RetryPolicy() {}

    RetryPolicy(int attempts, int firstDelaySeconds) {
        this.attempts = attempts;
        this.firstDelaySeconds = firstDelaySeconds;
    }

    /** After {@code failures} failed attempts: how long to wait before the next, or empty when none is left. */
    public Optional<Duration> delayAfter(int failures) {
        if (failures < 1) {
            return Optional.of(Duration.ZERO);
        }
        if (failures >= attempts) {
            return Optional.empty();
        }
        Duration delay = Duration.ofSeconds(firstDelaySeconds).multipliedBy(1L << Math.min(failures - 1, 20));
        return Optional.of(delay.compareTo(LONGEST) > 0 ? LONGEST : delay);
    }

    public int attempts() {
        return attempts;
    }
}
