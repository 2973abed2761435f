package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import org.beian.application.dto.AuditPage;
import org.beian.application.dto.AuditQuery;
import org.beian.application.dto.AuditRecord;
import org.beian.domain.model.BeijingTime;
import org.beian.domain.model.audit.AuditSearch;
import org.beian.domain.model.audit.PersonalDataMask;
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

    /**
     * A page of the audit log, newest first, with personal data masked in every column (an event's
     * detail may quote a mobile, an identity number or an e-mail address): the page and its CSV export
     * show the same, and neither lets a full number leave the desk.
     */
    public AuditPage search(AuditQuery query, AuditRecord.Cursor before, int size) {
        AuditSearch search = new AuditSearch(blankToNull(query.orderNumber()) == null ? null : "order:" + query.orderNumber().strip(),
                blankToNull(query.actor()), blankToNull(query.eventType()),
                query.from() == null ? null : query.from().atStartOfDay(BeijingTime.ZONE).toInstant(),
                query.to() == null ? null : query.to().plusDays(1).atStartOfDay(BeijingTime.ZONE).toInstant(),
                before == null ? null : before.occurredAt(), before == null ? null : before.id());
        List<AuditEntry> entries = trail.search(search, size + 1);
        boolean more = entries.size() > size;
        List<AuditRecord> page = entries.stream().limit(size).map(Audit::masked).toList();
        return new AuditPage(page, more ? page.get(page.size() - 1).cursor() : null);
    }

    private static AuditRecord masked(AuditEntry entry) {
        return new AuditRecord(entry.getEventId(), entry.getEventType(), PersonalDataMask.mask(entry.getActor()),
                PersonalDataMask.mask(entry.getTarget()), PersonalDataMask.mask(entry.getDetail()), entry.getOccurredAt(), entry.getId());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
