package org.beian.domain.model.filing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.beian.domain.model.filing.workflow.Actor;

/** One transition of an order: who, when, from, to and why. Never changed once written. */
@Entity
@Table(name = "order_history")
public class OrderHistoryEntry {

    @Id
    @SequenceGenerator(name = "order_history_seq", sequenceName = "order_history_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_history_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private FilingOrder order;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    /** Who acted, by role: what the applicant is shown instead of a staff member's name. */
    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", length = 16)
    private Actor.Kind actorKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 24)
    private OrderState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 24)
    private OrderState toState;

    @Column(length = 1000)
    private String reason;

    protected OrderHistoryEntry() {}

    OrderHistoryEntry(FilingOrder order, Instant occurredAt, Actor.Kind actorKind, String actor, OrderState fromState,
                      OrderState toState, String reason) {
        this.order = order;
        this.occurredAt = occurredAt;
        this.actorKind = actorKind;
        this.actor = actor;
        this.fromState = fromState;
        this.toState = toState;
        this.reason = reason;
    }

    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public Actor.Kind getActorKind() { return actorKind; }
    public OrderState getFromState() { return fromState; }
    public OrderState getToState() { return toState; }
    public String getReason() { return reason; }
}
