package org.beian.domain.model.filing;

import java.time.Instant;

/**
 * An order whose deadline falls in a window, for the reminder and expiry jobs: what the reminder
 * needs to say, read as a projection.
 *
 * @param due the deadline that falls in the window ({@code expiresAt} or {@code reviewDueAt})
 */
public record DueOrder(String orderNumber, long accountId, OrderState state, Instant due) {
}
