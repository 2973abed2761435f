package org.beian.domain.model.audit;

import java.util.List;

/** Repository of audit entries. */
public interface AuditTrail {

    /** Records the entry unless an entry with the same event id exists; returns whether it was new. */
    boolean recordOnce(AuditEntry entry);

    List<AuditEntry> listByTarget(String target);

    /** Entries matching the search, newest first (keyset on occurred_at, id), at most {@code max}. */
    List<AuditEntry> search(AuditSearch search, int max);
}
