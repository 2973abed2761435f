package org.beian.infrastructure.messaging.outbox.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An application event written in the business transaction, published to JMS afterwards by the relay. */
@Entity
@Table(name = "outbox_event")
@NamedQuery(name = "OutboxEvent.listUnpublishedIds", query = "SELECT e.id FROM OutboxEvent e WHERE e.publishedAt IS NULL ORDER BY e.id")
@NamedQuery(name = "OutboxEvent.lockUnpublished",
        query = "SELECT e FROM OutboxEvent e WHERE e.id IN :ids AND e.publishedAt IS NULL ORDER BY e.id")
@NamedQuery(name = "OutboxEvent.listExistingIds", query = "SELECT e.eventId FROM OutboxEvent e WHERE e.eventId IN :ids")
@NamedQuery(name = "OutboxEvent.listUnhandled", query = "SELECT e.id FROM OutboxEvent e WHERE e.publishedAt >= :from "
        + "AND e.publishedAt < :before AND e.relays < :maxRelays "
        + "AND NOT EXISTS (SELECT a FROM org.beian.domain.model.audit.AuditEntry a WHERE a.eventId = e.eventId) ORDER BY e.id")
@NamedQuery(name = "OutboxEvent.countUnpublished", query = "SELECT COUNT(e) FROM OutboxEvent e WHERE e.publishedAt IS NULL")
public class OutboxEvent {

    @Id
    @SequenceGenerator(name = "outbox_event_seq", sequenceName = "outbox_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_event_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "event_id", nullable = false, unique = true, length = 36)
    private String eventId;

    @Column(name = "event_type", nullable = false, length = 64)
    private String eventType;

    @Column(nullable = false, length = 20000)
    private String payload;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** Times the sweeper sent it back to the relay. */
    @Column(nullable = false)
    private int relays;

    protected OutboxEvent() {}

    public OutboxEvent(String eventId, String eventType, String payload, Instant createdAt) {
        this.eventId = eventId;
        this.eventType = eventType;
        this.payload = payload;
        this.createdAt = createdAt;
    }

    public void published(Instant at) { this.publishedAt = at; }

    /** No handling of it was recorded: the relay publishes it again. */
    public void republish() {
        this.publishedAt = null;
        this.relays++;
    }

    public Long getId() { return id; }
    public String getEventId() { return eventId; }
    public String getEventType() { return eventType; }
    public String getPayload() { return payload; }
    public Instant getPublishedAt() { return publishedAt; }
    public int getRelays() { return relays; }
}
