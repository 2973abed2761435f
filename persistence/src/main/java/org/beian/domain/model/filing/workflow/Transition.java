package org.beian.domain.model.filing.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.beian.domain.model.filing.OrderState;

/**
 * A transition the state machine has performed on an order: what the application layer needs to raise
 * {@code eventType} and to tell the applicant the deadlines ("we will check by …"). The deadlines are
 * the order's after the transition; null where none is pending. {@code changes} lists what an assisted
 * correction changed and is empty otherwise.
 */
public record Transition(String orderNumber, OrderState from, OrderState to, OrderAction action, Actor actor,
                         String reason, String eventType, Instant occurredAt, Instant reviewDueAt,
                         Instant bureauDueAt, Instant expiresAt, List<FieldChange> changes) {

    public Transition {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        Objects.requireNonNull(action);
        Objects.requireNonNull(actor);
        Objects.requireNonNull(eventType);
        Objects.requireNonNull(occurredAt);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
