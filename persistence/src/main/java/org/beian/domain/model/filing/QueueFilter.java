package org.beian.domain.model.filing;

import java.io.Serializable;

/**
 * Which orders a queue shows: the queue, and optionally a province, an order type, a reviewer holding
 * the claim, a minimum age in days, a search, and the subject's nature (a code of subject_natures.csv). Searches: the order number, a domain and the subject's
 * certificate number match exactly; the subject name matches as a prefix (an index on the name serves it;
 * a name in the middle is not found).
 */
public record QueueFilter(ReviewQueue queue, String provinceCode, OrderType type, String claimedBy, Integer olderThanDays,
                          SearchKind searchKind, String search, String nature) implements Serializable {

    public enum SearchKind { ORDER_NUMBER, DOMAIN, SUBJECT_NAME, CERTIFICATE_NUMBER }

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
        this(queue, provinceCode, type, claimedBy, olderThanDays, searchKind, search, null);
    }

    /** A whole queue, unfiltered. */
    public static QueueFilter of(ReviewQueue queue) {
        return new QueueFilter(queue, null, null, null, null, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
