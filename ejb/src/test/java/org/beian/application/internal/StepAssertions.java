package org.beian.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.beian.application.BusinessException;
import org.beian.application.event.ApplicationEvent;
import org.beian.domain.model.BeijingTime;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.OrderHistoryEntry;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.reference.WorkingDays;

/** What every workflow step leaves behind: one history entry and one event, both naming the same move. */
final class StepAssertions {

    /** The calendar {@link FixedReferenceData} gives: Monday to Friday, no holidays. */
    private static final WorkingDays PLAIN_WEEKS = new WorkingDays(List.of());

    private StepAssertions() {}

    static void assertLastHistoryEntry(FilingOrder order, String actor, OrderState from, OrderState to, String reason) {
        List<OrderHistoryEntry> history = order.getHistory();
        OrderHistoryEntry last = history.get(history.size() - 1);
        assertEquals(actor, last.getActor(), "history actor");
        assertEquals(from, last.getFromState(), "history from");
        assertEquals(to, last.getToState(), "history to");
        assertEquals(reason, last.getReason(), "history reason");
    }

    /** Exactly one event was raised, of this type, about this order's move from → to. */
    static ApplicationEvent assertOnlyEvent(RecordingEvents events, String type, FilingOrder order, String actor,
                                            OrderState from, OrderState to) {
        assertEquals(List.of(type), events.types());
        ApplicationEvent event = events.last();
        assertEquals(actor, event.actor());
        assertEquals("order:" + order.getOrderNumber(), event.target());
        assertEquals(order.getOrderNumber(), event.attributes().get("orderNumber"));
        assertEquals(order.getType().name(), event.attributes().get("orderType"));
        assertEquals(String.valueOf(order.getAccountId()), event.attributes().get("accountId"));
        assertEquals(from.name(), event.attributes().get("from"));
        assertEquals(to.name(), event.attributes().get("to"));
        return event;
    }

    /** A refused step leaves no trace: state, history and events as they were. */
    static void assertUntouched(FilingOrder order, OrderState state, int historySize, RecordingEvents events) {
        assertEquals(state, order.getState());
        assertEquals(historySize, order.getHistory().size(), "no history entry");
        assertEquals(List.of(), events.types(), "no event");
    }

    static void assertKey(String key, BusinessException e) {
        assertEquals(key, e.getMessageKey(), e.getMessage());
    }

    /** The review deadline is the end of the next working day after the step, Beijing time. */
    static void assertReviewDueOneWorkingDayAfter(Instant stepAt, Instant reviewDueAt) {
        assertDueWorkingDaysAfter(stepAt, 1, reviewDueAt);
    }

    /** A deadline {@code n} working days after the step ends at 24:00 Beijing time of the n-th working day. */
    static void assertDueWorkingDaysAfter(Instant stepAt, int n, Instant due) {
        ZonedDateTime expected = PLAIN_WEEKS.deadline(stepAt.atZone(BeijingTime.ZONE), n);
        assertEquals(expected.toInstant(), due);
        assertEquals(LocalTime.MIDNIGHT, due.atZone(BeijingTime.ZONE).toLocalTime(), "a deadline ends at 24:00");
    }

    /** When the order's last step happened, as its history recorded it. */
    static Instant lastStepAt(FilingOrder order) {
        return order.getHistory().get(order.getHistory().size() - 1).getOccurredAt();
    }

    static void assertBetween(Instant before, Instant value, Instant after) {
        assertFalse(value.isBefore(before), value + " before " + before);
        assertFalse(value.isAfter(after), value + " after " + after);
    }

    static void assertNoClaim(FilingOrder order) {
        assertNull(order.getClaimedBy(), "claim released");
        assertNull(order.getClaimExpiresAt());
    }

    static void assertClaimedBy(FilingOrder order, String reviewer) {
        assertEquals(reviewer, order.getClaimedBy());
        assertTrue(order.isClaimedBy(reviewer, Instant.now()));
    }
}
