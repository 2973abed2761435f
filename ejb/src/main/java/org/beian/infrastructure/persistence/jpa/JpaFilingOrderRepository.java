package org.beian.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beian.domain.model.filing.OrderSummary;
import org.beian.application.NotFoundException;
import org.beian.domain.model.BeijingTime;
import org.beian.domain.model.filing.DueOrder;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.FilingOrderRepository;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.QueueCursor;
import org.beian.domain.model.filing.QueueFilter;
import org.beian.domain.model.filing.QueueItem;

@ApplicationScoped
public class JpaFilingOrderRepository implements FilingOrderRepository {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    /** A projection: one query per page, no entity loading, no per-row queries. */
    private static final String QUEUE_ITEMS = "SELECT NEW org.beian.domain.model.filing.QueueItem(o.orderNumber, o.type, "
            + "o.state, o.provinceCode, o.subjectName, o.submittedAt, o.reviewDueAt, o.claimedBy, o.claimExpiresAt, o.id, "
            + "o.bureauStage, o.bureauSubmittedAt) FROM FilingOrder o";

    private static final Set<OrderState> FINISHED = EnumSet.of(OrderState.APPROVED, OrderState.ABANDONED);

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Override
    public Optional<FilingOrder> findByNumber(String orderNumber) {
        return em.createNamedQuery("FilingOrder.findByNumber", FilingOrder.class)
                .setParameter("number", orderNumber).getResultStream().findFirst();
    }

    @Override
    public FilingOrder getByNumber(String orderNumber) {
        return findByNumber(orderNumber).orElseThrow(() -> new NotFoundException("order", orderNumber));
    }

    @Override
    public Optional<FilingOrder> findByClientKey(long accountId, String clientKey) {
        return em.createNamedQuery("FilingOrder.findByClientKey", FilingOrder.class)
                .setParameter("accountId", accountId).setParameter("clientKey", clientKey)
                .getResultStream().findFirst();
    }

    @Override
    public List<FilingOrder> listByDomain(String domain) {
        return em.createNamedQuery("FilingOrder.listByDomain", FilingOrder.class)
                .setParameter("domain", domain).getResultList();
    }

    @Override
    public Optional<String> findOtherInProgress(long accountId, Long excludedOrderId) {
        return em.createNamedQuery("FilingOrder.findOtherInProgress", String.class)
                .setParameter("accountId", accountId).setParameter("states", OrderState.IN_PROGRESS)
                .setParameter("self", excludedOrderId == null ? -1L : excludedOrderId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<OrderSummary> listOpenByAccount(long accountId, int max) {
        List<OrderSummary> orders = em.createNamedQuery("FilingOrder.listOpenByAccount", OrderSummary.class)
                .setParameter("accountId", accountId).setParameter("finished", FINISHED).setMaxResults(max).getResultList();
        if (orders.isEmpty()) {
            return orders;
        }
        // One more query for the domains of all of them, not one per order; the first in alphabetical order is shown.
        Map<String, String> domains = new HashMap<>();
        for (Object[] row : em.createNamedQuery("FilingOrder.listFirstDomains", Object[].class)
                .setParameter("numbers", orders.stream().map(OrderSummary::orderNumber).toList()).getResultList()) {
            domains.merge((String) row[0], (String) row[1], (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        return orders.stream().map(o -> o.withDomain(domains.get(o.orderNumber()))).toList();
    }

    @Override
    public List<QueueItem> listQueue(QueueFilter filter, String reviewer, Instant now, QueueCursor after, int max) {
        if (!QueueQuery.perState(filter)) {
            return page(new QueueQuery(filter, reviewer, now, after), max);
        }
        // One ordered index range per state, merged on the sort key: a page costs a few index reads per state.
        List<QueueItem> merged = new ArrayList<>();
        for (OrderState state : filter.queue().states()) {
            merged.addAll(page(new QueueQuery(filter, EnumSet.of(state), reviewer, now, after), max));
        }
        Comparator<QueueItem> oldestFirst = Comparator.comparing(QueueItem::submittedAt).thenComparingLong(QueueItem::id);
        merged.sort(filter.newestFirst() ? oldestFirst.reversed() : oldestFirst);
        return merged.size() > max ? List.copyOf(merged.subList(0, max)) : merged;
    }

    private List<QueueItem> page(QueueQuery query, int max) {
        TypedQuery<QueueItem> items = em.createQuery(QUEUE_ITEMS + query.where() + query.order(), QueueItem.class);
        return query.bind(items).setMaxResults(max).getResultList();
    }

    @Override
    public long countQueue(QueueFilter filter, String reviewer, Instant now, int limit) {
        // The ids of at most `limit` rows, read from the index, instead of COUNT(*) over the whole queue.
        if (!QueueQuery.perState(filter)) {
            return countUpTo(new QueueQuery(filter, reviewer, now, null), limit);
        }
        long count = 0;
        for (OrderState state : filter.queue().states()) {
            count += countUpTo(new QueueQuery(filter, EnumSet.of(state), reviewer, now, null), (int) (limit - Math.min(count, limit)));
            if (count >= limit) {
                break;
            }
        }
        return count;
    }

    private long countUpTo(QueueQuery query, int limit) {
        if (limit <= 0) {
            return 0;
        }
        return query.bind(em.createQuery("SELECT o.id FROM FilingOrder o" + query.where(), Long.class))
                .setMaxResults(limit).getResultList().size();
    }

    @Override
    public boolean claim(String orderNumber, String reviewer, Instant now, Instant until) {
        int claimed = em.createNamedQuery("FilingOrder.claim").setParameter("reviewer", reviewer).setParameter("until", until)
                .setParameter("number", orderNumber).setParameter("now", now).executeUpdate();
        // The bulk UPDATE bypassed the persistence context: read the row as it is now.
        findByNumber(orderNumber).ifPresent(em::refresh);
        return claimed > 0;
    }

    @Override
    public List<DueOrder> listExpiringBetween(Instant from, Instant to, int max) {
        return em.createNamedQuery("FilingOrder.listExpiringBetween", DueOrder.class)
                .setParameter("states", OrderState.WAITING_ON_APPLICANT).setParameter("from", from).setParameter("to", to)
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<DueOrder> listReviewsDueBetween(Instant from, Instant to, int max) {
        return em.createNamedQuery("FilingOrder.listReviewsDueBetween", DueOrder.class)
                .setParameter("states", OrderState.UNDER_REVIEW).setParameter("from", from).setParameter("to", to)
                .setMaxResults(max).getResultList();
    }

    /**
     * The order number is the Beijing date and the zero-padded id: unique because ids are, 13 digits
     * until the ten-millionth order and longer after, readable over the phone.
     */
    @Override
    public FilingOrder add(FilingOrder order) {
        em.persist(order);
        order.assignNumber(LocalDate.now(BeijingTime.ZONE).format(DAY) + String.format("%07d", order.getId()));
        em.flush();
        return order;
    }

    @Override
    public void flush() {
        em.flush();
    }

}
