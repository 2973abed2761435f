package org.beian.domain.model.filing;

import java.io.Serializable;
import java.time.Instant;

/**
 * One of an account's orders as the dashboard lists it, read as a projection. {@code domain} is the
 * order's first domain (filled in by the repository from the order's domain index).
 */
public record OrderSummary(String orderNumber, OrderType type, OrderState state, Instant createdAt, String subjectName,
                           Instant reviewDueAt, Instant bureauDueAt, Instant expiresAt, String domain) implements Serializable {

    public OrderSummary(String orderNumber, OrderType type, OrderState state, Instant createdAt, String subjectName,
                        Instant reviewDueAt, Instant bureauDueAt, Instant expiresAt) {
        this(orderNumber, type, state, createdAt, subjectName, reviewDueAt, bureauDueAt, expiresAt, null);
    }

    public OrderSummary withDomain(String firstDomain) {
        return new OrderSummary(orderNumber, type, state, createdAt, subjectName, reviewDueAt, bureauDueAt, expiresAt, firstDomain);
    }

    /** The next deadline the applicant should know of: the provider's review, the bureau's, or the expiry of a waiting order. */
    public Instant nextDeadline() {
        if (OrderState.UNDER_REVIEW.contains(state)) {
            return reviewDueAt;
        }
        if (state == OrderState.AT_BUREAU) {
            return bureauDueAt;
        }
        return OrderState.WAITING_ON_APPLICANT.contains(state) ? expiresAt : null;
    }
}
