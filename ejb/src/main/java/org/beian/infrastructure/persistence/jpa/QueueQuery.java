package org.beian.infrastructure.persistence.jpa;

import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.beian.domain.model.BeijingTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.QueueCursor;
import org.beian.domain.model.filing.QueueFilter;
import org.beian.domain.model.filing.ReviewQueue;

/**
 * The WHERE clause of a queue page and its parameters, built once for the page and its bounded count.
 * The keyset condition repeats {@code submittedAt >= :t} beside {@code (submittedAt > :t OR id > :id)}:
 * without it PostgreSQL cannot start the index range at the cursor and only filters, as slow as OFFSET.
 * Newest first mirrors every comparison, and the index is read backwards.
 */
final class QueueQuery {

    private final StringBuilder where = new StringBuilder(" WHERE o.state IN :states");
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final String order;

    QueueQuery(QueueFilter filter, String reviewer, Instant now, QueueCursor after) {
        this(filter, filter.queue().states(), reviewer, now, after);
    }

    /** The query over some of the queue's states (one index range each: see {@link #perState}). */
    QueueQuery(QueueFilter filter, Set<OrderState> states, String reviewer, Instant now, QueueCursor after) {
        parameters.put("states", states);
        where.append(" AND o.submittedAt IS NOT NULL");
        if (filter.queue() == ReviewQueue.OVERDUE) {
            add(" AND o.reviewDueAt < :now", "now", now);
        }
        String holder = filter.queue() == ReviewQueue.MINE ? reviewer : filter.claimedBy();
        if (holder != null) {
            add(" AND o.claimedBy = :holder AND o.claimExpiresAt > :now", "holder", holder);
            parameters.put("now", now);
        }
        if (filter.provinceCode() != null) {
            add(" AND o.provinceCode = :province", "province", filter.provinceCode());
        }
        if (filter.nature() != null) {
            add(" AND o.subjectNature = :nature", "nature", filter.nature());
        }
        if (filter.type() != null) {
            add(" AND o.type = :type", "type", filter.type());
        }
        if (filter.olderThanDays() != null && filter.olderThanDays() > 0) {
            add(" AND o.submittedAt < :olderThan", "olderThan", now.minus(Duration.ofDays(filter.olderThanDays())));
        }
        if (filter.deadline() != null) {
            deadline(filter.deadline(), now);
        }
        if (filter.search() != null) {
            search(filter.searchKind() == null ? QueueFilter.SearchKind.ORDER_NUMBER : filter.searchKind(), filter.search());
        }
        if (after != null) {
            String within = filter.newestFirst() ? "<=" : ">=";
            String beyond = filter.newestFirst() ? "<" : ">";
            add(" AND o.submittedAt " + within + " :afterAt AND (o.submittedAt " + beyond + " :afterAt OR o.id " + beyond + " :afterId)",
                    "afterAt", after.submittedAt());
            parameters.put("afterId", after.id());
        }
        order = filter.newestFirst() ? " ORDER BY o.submittedAt DESC, o.id DESC" : " ORDER BY o.submittedAt, o.id";
    }

    /** Review deadlines end at midnight Beijing time: "today" is up to and including tonight's midnight. */
    private void deadline(QueueFilter.Deadline deadline, Instant now) {
        Instant tonight = LocalDate.ofInstant(now, BeijingTime.ZONE).plusDays(1).atStartOfDay(BeijingTime.ZONE).toInstant();
        switch (deadline) {
            case OVERDUE -> add(" AND o.reviewDueAt < :dueNow", "dueNow", now);
            case DUE_TODAY -> {
                add(" AND o.reviewDueAt >= :dueNow AND o.reviewDueAt <= :tonight", "dueNow", now);
                parameters.put("tonight", tonight);
            }
            case DUE_LATER -> add(" AND o.reviewDueAt > :tonight", "tonight", tonight);
        }
    }

    private void search(QueueFilter.SearchKind kind, String term) {
        switch (kind) {
            case ORDER_NUMBER -> add(" AND o.orderNumber = :term", "term", term);
            // Stored as typed: as entered, or with its check letter in upper case.
            case CERTIFICATE_NUMBER -> add(" AND o.subjectCertificateNumber IN :terms", "terms",
                    java.util.List.copyOf(new java.util.LinkedHashSet<>(java.util.List.of(term, term.toUpperCase(java.util.Locale.ROOT)))));
            case DOMAIN -> add(" AND EXISTS (SELECT d FROM FilingOrder o2 JOIN o2.domains d WHERE o2.id = o.id AND d = :term)",
                    "term", term.toLowerCase(java.util.Locale.ROOT));
            case SUBJECT_NAME -> add(" AND o.subjectName LIKE :term ESCAPE '\\'", "term",
                    term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
    }

    private void add(String condition, String name, Object value) {
        where.append(condition);
        parameters.put(name, value);
    }

    /**
     * Whether to read the queue one state at a time and merge: a queue over several states without a
     * search (OVERDUE) has no index in its order, and PostgreSQL would sort every overdue order for one page
     * (≈ 80 ms at a million orders); each state's range of (state, submitted_at, id) is read in order instead.
     */
    static boolean perState(QueueFilter filter) {
        return filter.queue().states().size() > 1 && filter.search() == null && filter.queue() != ReviewQueue.MINE;
    }

    String where() {
        return where.toString();
    }

    /** The ORDER BY of the page: the queue's sort key, in the filter's direction. */
    String order() {
        return order;
    }

    <Q extends TypedQuery<?>> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
