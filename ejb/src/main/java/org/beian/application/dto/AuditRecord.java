package org.beian.application.dto;

import java.io.Serializable;
import java.time.Instant;
import org.beian.domain.model.audit.AuditEntry;

public record AuditRecord(String eventId, String eventType, String actor, String target, String detail,
                          Instant occurredAt) implements Serializable {

    public static AuditRecord of(AuditEntry entry) {
        return new AuditRecord(entry.getEventId(), entry.getEventType(), entry.getActor(), entry.getTarget(),
                entry.getDetail(), entry.getOccurredAt());
    }
}
