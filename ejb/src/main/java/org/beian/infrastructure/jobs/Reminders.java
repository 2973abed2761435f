package org.beian.infrastructure.jobs;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.beian.application.event.ApplicationEvent;
import org.beian.application.event.ApplicationEvents;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.workflow.OrderStateMachine;
import org.beian.domain.model.registry.WebsiteStatus;

/**
 * Reminders and escalations, raised as events like every other notification:
 * <ul>
 *   <li>{@code OrderIdleReminder} — an order waiting on the applicant has been idle 7, 15 and 30 days
 *       (it expires at 45);</li>
 *   <li>{@code PublicSecurityReminder} — an approved website still has no public-security filing number
 *       7, 20 and 27 days after approval (due within 30), then monthly while it is missing, for a year;</li>
 *   <li>{@code ReviewOverdue} — an order's initial review or photo re-review passed its deadline
 *       (1 working day): every reviewer hears of it.</li>
 * </ul>
 * Each reminder's event id is derived from what it is about and its threshold, so running on two
 * instances, or again, raises it once (the outbox is unique by event id, and ids already there are
 * skipped). Each run looks at thresholds crossed in the last 25 hours (the job runs every 15 minutes),
 * a window of indexed rows rather than every idle order.
 */
@Stateless
public class Reminders {

    public static final List<Integer> IDLE_DAYS = List.of(7, 15, 30);
    public static final List<Integer> PUBLIC_SECURITY_DAYS = List.of(7, 20, 27, 60, 90, 120, 150, 180, 240, 300, 365);
    static final Duration WINDOW = Duration.ofHours(25);
    private static final Set<OrderState> UNDER_REVIEW = Set.of(OrderState.SUBMITTED, OrderState.PHOTO_SUBMITTED);
    private static final int PAGE = 500;

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Inject
    private ApplicationEvents events;

    /** All reminders due at {@code now}; returns how many were raised. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int raiseDue(Instant now) {
        List<ApplicationEvent> due = new ArrayList<>();
        for (int days : IDLE_DAYS) {
            due.addAll(idleOrders(now, days));
        }
        for (int days : PUBLIC_SECURITY_DAYS) {
            due.addAll(websitesWithoutPublicSecurity(now, days));
        }
        due.addAll(overdueReviews(now));
        Set<String> raised = alreadyRaised(due.stream().map(ApplicationEvent::id).toList());
        int count = 0;
        for (ApplicationEvent event : due) {
            if (raised.add(event.id())) {
                events.raise(event);
                count++;
            }
        }
        return count;
    }

    private List<ApplicationEvent> idleOrders(Instant now, int days) {
        // Idle since expiresAt − 45 days: the threshold is crossed when expiresAt − (45 − days) days passes.
        Instant to = now.plus(Duration.ofDays(OrderStateMachine.EXPIRY_DAYS - days));
        List<Object[]> rows = em.createQuery("SELECT o.orderNumber, o.accountId, o.expiresAt FROM FilingOrder o "
                        + "WHERE o.state IN :states AND o.expiresAt > :from AND o.expiresAt <= :to ORDER BY o.expiresAt", Object[].class)
                .setParameter("states", OrderStateMachine.WAITING_ON_APPLICANT)
                .setParameter("from", to.minus(WINDOW)).setParameter("to", to).setMaxResults(PAGE).getResultList();
        List<ApplicationEvent> reminders = new ArrayList<>();
        for (Object[] row : rows) {
            String orderNumber = (String) row[0];
            Instant expiresAt = (Instant) row[2];
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("orderNumber", orderNumber);
            attributes.put("accountId", String.valueOf(row[1]));
            attributes.put("expiresAt", expiresAt.toString());
            attributes.put("days", String.valueOf(days));
            reminders.add(event("OrderIdleReminder", orderNumber + "/" + expiresAt + "/" + days, "order:" + orderNumber, now, attributes));
        }
        return reminders;
    }

    private List<ApplicationEvent> websitesWithoutPublicSecurity(Instant now, int days) {
        Instant to = now.minus(Duration.ofDays(days));
        List<Object[]> rows = em.createQuery("SELECT w.icpNumber, w.name, s.accountId, w.approvedAt FROM Website w JOIN w.subject s "
                        + "WHERE w.status = :status AND w.approvedAt > :from AND w.approvedAt <= :to "
                        + "AND w.publicSecurityNumber IS NULL ORDER BY w.approvedAt", Object[].class)
                .setParameter("status", WebsiteStatus.NORMAL)
                .setParameter("from", to.minus(WINDOW)).setParameter("to", to).setMaxResults(PAGE).getResultList();
        List<ApplicationEvent> reminders = new ArrayList<>();
        for (Object[] row : rows) {
            String icpNumber = (String) row[0];
            Instant approvedAt = (Instant) row[3];
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("icpNumbers", icpNumber);
            attributes.put("websiteName", (String) row[1]);
            attributes.put("accountId", String.valueOf(row[2]));
            attributes.put("days", String.valueOf(days));
            attributes.put("expiresAt", approvedAt.plus(Duration.ofDays(30)).toString());
            reminders.add(event("PublicSecurityReminder", icpNumber + "/" + approvedAt + "/" + days, "website:" + icpNumber, now, attributes));
        }
        return reminders;
    }

    private List<ApplicationEvent> overdueReviews(Instant now) {
        List<Object[]> rows = em.createQuery("SELECT o.orderNumber, o.state, o.reviewDueAt FROM FilingOrder o "
                        + "WHERE o.state IN :states AND o.reviewDueAt > :from AND o.reviewDueAt <= :to ORDER BY o.reviewDueAt", Object[].class)
                .setParameter("states", UNDER_REVIEW)
                .setParameter("from", now.minus(WINDOW)).setParameter("to", now).setMaxResults(PAGE).getResultList();
        List<ApplicationEvent> escalations = new ArrayList<>();
        for (Object[] row : rows) {
            String orderNumber = (String) row[0];
            Instant dueAt = (Instant) row[2];
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("orderNumber", orderNumber);
            attributes.put("state", ((OrderState) row[1]).name());
            attributes.put("reviewDueAt", dueAt.toString());
            attributes.put("audience", "REVIEWER");
            escalations.add(event("ReviewOverdue", orderNumber + "/" + row[1] + "/" + dueAt, "order:" + orderNumber, now, attributes));
        }
        return escalations;
    }

    private Set<String> alreadyRaised(List<String> ids) {
        Set<String> raised = new HashSet<>();
        for (int i = 0; i < ids.size(); i += PAGE) {
            raised.addAll(em.createQuery("SELECT e.eventId FROM OutboxEvent e WHERE e.eventId IN :ids", String.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + PAGE))).getResultList());
        }
        return raised;
    }

    /** The same reminder always gets the same id: a name-based UUID of its type and what it is about. */
    static ApplicationEvent event(String type, String about, String target, Instant now, Map<String, String> attributes) {
        String id = UUID.nameUUIDFromBytes((type + ":" + about).getBytes(StandardCharsets.UTF_8)).toString();
        return new ApplicationEvent(id, type, now, "SYSTEM", target, attributes);
    }
}
