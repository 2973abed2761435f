package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import org.beian.application.dto.AuditRecord;
import org.beian.application.event.ApplicationEvent;
import org.beian.domain.model.audit.AuditEntry;
import org.beian.domain.model.audit.AuditTrail;

/** The audit trail: every application event, once. */
@ApplicationScoped
public class Audit {

    @Inject
    private AuditTrail trail;

    /** Records the event; a second call with the same event id changes nothing and returns false. */
    public boolean record(ApplicationEvent event) {
        String detail = event.attributes().isEmpty() ? null : new TreeMap<>(event.attributes()).toString();
        return trail.recordOnce(new AuditEntry(event.id(), event.type(), event.actor(), event.target(), detail,
                event.occurredAt(), Instant.now()));
    }

    public List<AuditRecord> listByTarget(String target) {
        return trail.listByTarget(target).stream().map(AuditRecord::of).toList();
    }
}
