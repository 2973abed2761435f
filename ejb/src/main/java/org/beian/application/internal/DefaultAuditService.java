package org.beian.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import org.beian.application.AuditRecord;
import org.beian.application.AuditService;
import org.beian.application.event.ApplicationEvent;
import org.beian.domain.model.audit.AuditEntry;
import org.beian.domain.model.audit.AuditTrail;

@Stateless
@ValidateOnExecution // makes the validation extension see the constraints declared on the interface
public class DefaultAuditService implements AuditService {

    @Inject
    private AuditTrail trail;

    @Override
    public boolean record(ApplicationEvent event) {
        String detail = event.attributes().isEmpty() ? null : new TreeMap<>(event.attributes()).toString();
        return trail.recordOnce(new AuditEntry(event.id(), event.type(), event.actor(), event.target(), detail,
                event.occurredAt(), Instant.now()));
    }

    @Override
    public List<AuditRecord> listByTarget(String target) {
        return trail.listByTarget(target).stream().map(AuditRecord::of).toList();
    }
}
