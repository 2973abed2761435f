package org.beian.application.dto;

import java.io.Serializable;
import java.time.Instant;
import org.beian.domain.model.audit.AuditEntry;

public record AuditRecord(String eventId, String eventType, String actor, String target, String detail,
                          Instant occurredAt, long id) implements Serializable {

    /** Where a newest-first page of the log ended: entries older than this come next. */
    public record Cursor(Instant occurredAt, long id) implements Serializable {}

    public static AuditRecord of(AuditEntry entry) {
        return new AuditRecord(entry.getEventId(), entry.getEventType(), entry.getActor(), entry.getTarget(),
                entry.getDetail(), entry.getOccurredAt(), entry.getId());
    }

    public Cursor cursor() {
        return new Cursor(occurredAt, id);
    }
}
