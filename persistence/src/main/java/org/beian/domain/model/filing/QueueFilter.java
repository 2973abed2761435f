package org.beian.domain.model.filing;

import java.io.Serializable;

/**
 * Which orders a queue shows: the queue, and optionally a province, an order type, a reviewer holding
 * the claim, a minimum age in days, a search, and the subject's nature (a code of subject_natures.csv). Searches: the order number, a domain and the subject's
 * certificate number match exactly; the subject name matches as a prefix (an index on the name serves it;
 * a name in the middle is not found). The review deadline's state narrows a queue to orders due later,
 * due today (Beijing time) or overdue — orders without a review deadline (at the bureau, for example)
 * have none of them. Queues list the oldest submission first, or with {@code newestFirst} the newest;
 * both read the same index, forwards or backwards.
 */
public record QueueFilter(ReviewQueue queue, String provinceCode, OrderType type, String claimedBy, Integer olderThanDays,
                          SearchKind searchKind, String search, String nature, Deadline deadline, boolean newestFirst)
        implements Serializable {

    public enum SearchKind { ORDER_NUMBER, DOMAIN, SUBJECT_NAME, CERTIFICATE_NUMBER }

    /** Where an order stands against its review deadline (which ends at midnight Beijing time). */
    public enum Deadline { DUE_LATER, DUE_TODAY, OVERDUE }

    public QueueFilter {
        provinceCode = blankToNull(provinceCode);
        claimedBy = blankToNull(claimedBy);
        nature = blankToNull(nature);
        search = blankToNull(search);
        if (search == null) {
            searchKind = null;
        }
    }

    /** Without the nature filter. */
    public QueueFilter(ReviewQueue queue, String provinceCode, OrderType type, String claimedBy, Integer olderThanDays,
                       SearchKind searchKind, String search) {
        this(queue, provinceCode, type, claimedBy, olderThanDays, searchKind, search, null, null, false);
    }

    /** A whole queue, unfiltered, oldest first. */
    public static QueueFilter of(ReviewQueue queue) {
        return new QueueFilter(queue, null, null, null, null, null, null, null, null, false);
    }

    /** The same filter with the nature set. */
    public QueueFilter withNature(String nature) {
        return new QueueFilter(queue, provinceCode, type, claimedBy, olderThanDays, searchKind, search, nature, deadline, newestFirst);
    }

    /** The same filter narrowed to a deadline state. */
    public QueueFilter withDeadline(Deadline deadline) {
        return new QueueFilter(queue, provinceCode, type, claimedBy, olderThanDays, searchKind, search, nature, deadline, newestFirst);
    }

    /** The same filter, newest submission first. */
    public QueueFilter reversed() {
        return new QueueFilter(queue, provinceCode, type, claimedBy, olderThanDays, searchKind, search, nature, deadline, true);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
