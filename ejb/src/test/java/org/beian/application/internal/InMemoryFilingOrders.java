package org.beian.application.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beian.application.NotFoundException;
import org.beian.domain.model.BeijingTime;
import org.beian.domain.model.filing.DueOrder;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.FilingOrderRepository;
import org.beian.domain.model.filing.QueueFilter;
import org.beian.domain.model.filing.QueueItem;

/**
 * Orders kept in a map. {@link #add} gives ids and numbers as the database and the JPA repository do;
 * {@link #claim} is the conditional UPDATE of {@code FilingOrder.claim}. Queries the steps under test do
 * not use are refused, so a test notices when they start to.
 */
final class InMemoryFilingOrders implements FilingOrderRepository {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final Map<String, FilingOrder> byNumber = new LinkedHashMap<>();
    private long nextId = 1000; // the sequences start at 1000
    private int flushes;

    @Override
    public Optional<FilingOrder> findByNumber(String orderNumber) {
        return Optional.ofNullable(byNumber.get(orderNumber));
    }

    @Override
    public FilingOrder getByNumber(String orderNumber) {
        return findByNumber(orderNumber).orElseThrow(() -> new NotFoundException("order", orderNumber));
    }

    @Override
    public FilingOrder add(FilingOrder order) {
        long id = nextId++;
        Wiring.setField(order, "id", id);
        order.assignNumber(LocalDate.now(BeijingTime.ZONE).format(DAY) + String.format("%07d", id));
        byNumber.put(order.getOrderNumber(), order);
        return order;
    }

    @Override
    public boolean claim(String orderNumber, String reviewer, Instant now, Instant until) {
        FilingOrder order = byNumber.get(orderNumber);
        if (order == null) {
            return false;
        }
        boolean free = order.getClaimedBy() == null || order.getClaimExpiresAt().isBefore(now) || order.getClaimedBy().equals(reviewer);
        if (!free) {
            return false;
        }
        Wiring.setField(order, "claimedBy", reviewer);
        Wiring.setField(order, "claimExpiresAt", until);
        Wiring.setField(order, "version", order.getVersion() + 1);
        return true;
    }

    /** A claim as another reviewer's earlier request left it in the row. */
    void claimedAlready(FilingOrder order, String reviewer, Instant until) {
        Wiring.setField(order, "claimedBy", reviewer);
        Wiring.setField(order, "claimExpiresAt", until);
    }

    @Override
    public void flush() {
        flushes++;
    }

    int flushes() {
        return flushes;
    }

    @Override
    public Optional<FilingOrder> findByClientKey(long accountId, String clientKey) {
        throw unused();
    }

    @Override
    public List<FilingOrder> listByDomain(String domain) {
        throw unused();
    }

    @Override
    public Optional<String> findOtherInProgress(long accountId, Long excludedOrderId) {
        throw unused();
    }

    @Override
    public List<org.beian.domain.model.filing.OrderSummary> listOpenByAccount(long accountId, int max) {
        throw unused();
    }

    @Override
    public List<QueueItem> listQueue(QueueFilter filter, String reviewer, Instant now, org.beian.domain.model.filing.QueueCursor after, int max) {
        throw unused();
    }

    @Override
    public long countQueue(QueueFilter filter, String reviewer, Instant now, int limit) {
        throw unused();
    }

    @Override
    public List<DueOrder> listExpiringBetween(Instant from, Instant to, int max) {
        throw unused();
    }

    @Override
    public List<DueOrder> listReviewsDueBetween(Instant from, Instant to, int max) {
        throw unused();
    }

    private static UnsupportedOperationException unused() {
        return new UnsupportedOperationException("not used by the steps under test");
    }
}
