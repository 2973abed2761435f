package org.beian.interfaces.web.view.admin;

import java.time.format.DateTimeFormatter;
import org.beian.application.dto.AuditRecord;
import org.beian.domain.model.BeijingTime;

/**
 * The audit log's CSV lines (RFC 4180: fields quoted when they hold a comma, quote or line break,
 * quotes doubled). A field that a spreadsheet would run as a formula ({@code = + - @} first) gets a
 * leading apostrophe: an applicant's text must not become a formula in an administrator's spreadsheet.
 */
final class AuditCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BeijingTime.ZONE);

    private AuditCsv() {}

    /** The header from a comma-separated list of column names in the reader's language. */
    static String header(String columns) {
        return columns + "\r\n";
    }

    static String line(AuditRecord entry) {
        return String.join(",", field(TIME.format(entry.occurredAt())), field(entry.actor()), field(entry.eventType()),
                field(entry.target()), field(entry.detail()), field(entry.eventId())) + "\r\n";
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
