package org.beian.interfaces.web.view.admin;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.beian.application.desk.AdministrationDesk;
import org.beian.application.dto.AuditPage;
import org.beian.application.dto.AuditQuery;
import org.beian.application.dto.AuditRecord;
import org.beian.domain.model.BeijingTime;
import org.beian.interfaces.security.Callers;
import org.beian.interfaces.web.i18n.Messages;

/**
 * Backs /admin/audit.xhtml: who did what to which order and when, newest first, filtered, paged by
 * keyset; and the same selection as a CSV download. Personal data comes masked from the desk, so the
 * page and the file show the same.
 */
@Named("adminAudit")
@ViewScoped
public class AuditLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 50;
    /** The export reads the log in pages of this size, one short transaction each. */
    private static final int EXPORT_PAGE = 1000;
    /** An export beyond this many lines asks for a narrower filter instead of tying up the server. */
    static final int EXPORT_LIMIT = 100_000;

    @Inject
    private AdministrationDesk administration;

    @Inject
    private Callers callers;

    private String orderNumber;
    private String actor;
    private String eventType;
    private LocalDate from;
    private LocalDate to;

    private final List<AuditRecord.Cursor> starts = new ArrayList<>();
    private AuditRecord.Cursor current;
    private AuditPage page;

    public AuditPage getPage() {
        if (page == null) {
            page = administration.auditLog(callers.current(), query(), current, PAGE_SIZE);
        }
        return page;
    }

    public void apply() {
        starts.clear();
        current = null;
        page = null;
    }

    public void next() {
        if (getPage().next() != null) {
            starts.add(current);
            current = page.next();
            page = null;
        }
    }

    public void previous() {
        if (!starts.isEmpty()) {
            current = starts.remove(starts.size() - 1);
            page = null;
        }
    }

    public boolean isFirstPage() {
        return starts.isEmpty();
    }

    /** Streams the selection as UTF-8 CSV (with a byte-order mark, so spreadsheet programs read the Chinese). */
    public void export() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"audit-" + BeijingTime.today() + ".csv\"");
        try (Writer out = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write(AuditCsv.header(Messages.text("admin.audit.csvHeader")));
            AuditRecord.Cursor after = null;
            int written = 0;
            do {
                AuditPage chunk = administration.auditLog(callers.current(), query(), after, EXPORT_PAGE);
                for (AuditRecord entry : chunk.entries()) {
                    out.write(AuditCsv.line(entry));
                }
                written += chunk.entries().size();
                after = chunk.next();
            } while (after != null && written < EXPORT_LIMIT);
        }
        faces.responseComplete();
    }

    private AuditQuery query() {
        return new AuditQuery(orderNumber, actor, eventType, from, to);
    }

    public String getOrderNumber() { return orderNumber; }
    public void setOrderNumber(String orderNumber) { this.orderNumber = orderNumber; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getEventType() { return eventType; }
    public void setEventType(String eventType) { this.eventType = eventType; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
