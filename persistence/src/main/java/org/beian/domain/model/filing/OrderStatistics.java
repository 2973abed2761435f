package org.beian.domain.model.filing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of the reviewers' dashboard, each one indexed query: they are read again every few seconds
 * by every open dashboard, so none of them scans the order table.
 */
public interface OrderStatistics {

    /** How often a reason template was given in remarks since then; {@code null} code: reasons in own words. */
    record ReasonCount(String reasonCode, long count) {}

    /** Orders whose (latest) submission lies in [from, to). */
    long countSubmittedBetween(Instant from, Instant to);

    /** Orders in any of the states, per province code (provinces without any are left out). */
    Map<String, Long> countByProvince(Set<OrderState> states);

    /** Reviews in any of the states whose deadline has passed by {@code now}, per province code. */
    Map<String, Long> countOverdueByProvince(Set<OrderState> states, Instant now);

    /** The reasons given most in remarks since {@code since}, most frequent first. */
    List<ReasonCount> topRemarkReasons(Instant since, int max);
}
