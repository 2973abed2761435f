package org.beian.infrastructure.messaging.jms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void theDelayDoublesAfterEachFailureUntilTheAttemptsAreSpent() {
        RetryPolicy policy = new RetryPolicy(6, 10);
        assertEquals(Optional.of(Duration.ofSeconds(10)), policy.delayAfter(1));
        assertEquals(Optional.of(Duration.ofSeconds(20)), policy.delayAfter(2));
        assertEquals(Optional.of(Duration.ofSeconds(40)), policy.delayAfter(3));
        assertEquals(Optional.of(Duration.ofSeconds(80)), policy.delayAfter(4));
        assertEquals(Optional.of(Duration.ofSeconds(160)), policy.delayAfter(5));
        assertEquals(Optional.empty(), policy.delayAfter(6), "the sixth failure was the last attempt");
        assertEquals(Optional.empty(), policy.delayAfter(7));
    }

    @Test
    void noWaitIsLongerThanAnHour() {
        RetryPolicy policy = new RetryPolicy(40, 600);
        assertEquals(Optional.of(Duration.ofMinutes(20)), policy.delayAfter(2));
        assertEquals(Optional.of(Duration.ofMinutes(40)), policy.delayAfter(3));
        assertEquals(Optional.of(Duration.ofHours(1)), policy.delayAfter(4));
        assertEquals(Optional.of(Duration.ofHours(1)), policy.delayAfter(39));
    }

    @Test
    void aSingleAttemptPolicyNeverRetries() {
        assertEquals(Optional.empty(), new RetryPolicy(1, 10).delayAfter(1));
    }
}
