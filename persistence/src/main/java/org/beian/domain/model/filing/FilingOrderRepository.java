package org.beian.domain.model.filing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface FilingOrderRepository {

    Optional<FilingOrder> findByNumber(String orderNumber);

    /** Like {@link #findByNumber} but fails when the order does not exist. */
    FilingOrder getByNumber(String orderNumber);

    Optional<FilingOrder> findByClientKey(long accountId, String clientKey);

    List<FilingOrder> listByDomain(String domain);

    /** The oldest other order of the account that is {@link OrderState#IN_PROGRESS}, by number. */
    Optional<String> findOtherInProgress(long accountId, Long excludedOrderId);

    /** The account's orders that are not finished (approved, withdrawn or abandoned), newest first, each with its first domain. */
    List<OrderSummary> listOpenByAccount(long accountId, int max);

    /**
     * One page of a reviewer's queue, oldest submission first, after the cursor (null: the first page):
     * keyset paging, so the 5,000th page costs what the first does. {@code reviewer} is the caller (the
     * MINE queue), {@code now} decides running claims and overdue reviews.
     */
    List<QueueItem> listQueue(QueueFilter filter, String reviewer, Instant now, QueueCursor after, int max);

    /** How many orders the queue holds, counted up to {@code limit} (a full count over a million rows is not worth its time). */
    long countQueue(QueueFilter filter, String reviewer, Instant now, int limit);

    /**
     * Takes the order for a reviewer until {@code until}, in one conditional UPDATE: of two reviewers
     * claiming at once exactly one changes the row. The other gets false. The order read afterwards
     * shows the claim as stored.
     */
    boolean claim(String orderNumber, String reviewer, Instant now, Instant until);

    /** Orders waiting on the applicant whose expiry falls in (from, to], soonest first. */
    List<DueOrder> listExpiringBetween(Instant from, Instant to, int max);

    /** Orders {@link OrderState#UNDER_REVIEW} whose review deadline falls in (from, to], soonest first. */
    List<DueOrder> listReviewsDueBetween(Instant from, Instant to, int max);

    /** Persists a new order and gives it its order number. */
    FilingOrder add(FilingOrder order);

    /** Writes pending changes now, so that a concurrent change is detected inside the caller's code. */
    void flush();
}
