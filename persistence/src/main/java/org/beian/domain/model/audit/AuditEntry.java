package org.beian.domain.model.audit;

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
import java.util.Objects;

/** One line of the audit trail, written once per application event (the event id is unique). */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.findByEventId", query = "SELECT e FROM AuditEntry e WHERE e.eventId = :eventId")
@NamedQuery(name = "AuditEntry.listByTarget",
        query = "SELECT e FROM AuditEntry e WHERE e.target = :target ORDER BY e.occurredAt, e.id")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "event_id", nullable = false, unique = true, length = 36)
    private String eventId;

    @Column(name = "event_type", nullable = false, length = 64)
    private String eventType;

    @Column(length = 64)
    private String actor;

    @Column(length = 128)
    private String target;

    @Column(length = 1000)
    private String detail;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected AuditEntry() {}

    public AuditEntry(String eventId, String eventType, String actor, String target, String detail,
                      Instant occurredAt, Instant recordedAt) {
        this.eventId = Objects.requireNonNull(eventId);
        this.eventType = Objects.requireNonNull(eventType);
        this.actor = actor;
        this.target = target;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    public Long getId() { return id; }
    public String getEventId() { return eventId; }
    public String getEventType() { return eventType; }
    public String getActor() { return actor; }
    public String getTarget() { return target; }
    public String getDetail() { return detail; }
    public Instant getOccurredAt() { return occurredAt; }
    public Instant getRecordedAt() { return recordedAt; }
}
