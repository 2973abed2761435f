package org.beian.application.dto;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the audit log shows: entries about one order (its number) or any target, by one actor, of one
 * event type, between two Beijing days (inclusive); blank means any.
 */
public record AuditQuery(@Size(max = 20) String orderNumber, @Size(max = 64) String actor, @Size(max = 64) String eventType,
                         LocalDate from, LocalDate to) implements Serializable {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }
}
