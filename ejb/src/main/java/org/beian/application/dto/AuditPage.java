package org.beian.application.dto;

import java.io.Serializable;
import java.util.List;

/** One page of the audit log, newest first, with the key to continue after its last entry (null: no more). */
public record AuditPage(List<AuditRecord> entries, AuditRecord.Cursor next) implements Serializable {

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
