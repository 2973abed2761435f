package org.beian.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.Map;
import org.beian.application.event.ApplicationEvent;
import org.junit.jupiter.api.Test;

class RemindersTest {

    private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");

    @Test
    void theSameReminderAlwaysHasTheSameEventIdSoItIsRaisedOnce() {
        ApplicationEvent first = Reminders.event("OrderIdleReminder", "2611280001000/2027-01-01T00:00:00Z/7", "order:2611280001000",
                NOW, Map.of("orderNumber", "2611280001000"));
        ApplicationEvent again = Reminders.event("OrderIdleReminder", "2611280001000/2027-01-01T00:00:00Z/7", "order:2611280001000",
                NOW.plusSeconds(900), Map.of("orderNumber", "2611280001000"));
        assertEquals(first.id(), again.id(), "a later run, or another instance, derives the same id");
        assertEquals(36, first.id().length(), "fits the outbox's event_id column");
    }

    @Test
    void eachThresholdAndEachKindIsItsOwnReminder() {
        String seven = Reminders.event("OrderIdleReminder", "n/e/7", "t", NOW, Map.of()).id();
        String fifteen = Reminders.event("OrderIdleReminder", "n/e/15", "t", NOW, Map.of()).id();
        String otherKind = Reminders.event("PublicSecurityReminder", "n/e/7", "t", NOW, Map.of()).id();
        assertNotEquals(seven, fifteen);
        assertNotEquals(seven, otherKind);
    }
}
