package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.beian.application.event.ApplicationEvent;
import org.beian.application.event.ApplicationEvents;
import org.beian.domain.model.filing.DueOrder;
import org.beian.domain.model.filing.FilingOrderRepository;
import org.beian.domain.model.filing.workflow.OrderStateMachine;
import org.beian.domain.model.registry.RegistryRepository;
import org.beian.domain.model.registry.WebsiteAwaitingPublicSecurity;

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
@ApplicationScoped
public class Reminders {

    /** After approval: 7, 20 and 27 days (the number is due within 30), then monthly for a year. */
    public static final List<Integer> PUBLIC_SECURITY_DAYS = List.of(7, 20, 27, 60, 90, 120, 150, 180, 240, 300, 365);
    static final Duration WINDOW = Duration.ofHours(25);
    private static final int PAGE = 500;

    @Inject
    private FilingOrderRepository orders;

    @Inject
    private RegistryRepository registry;

    @Inject
    private ApplicationEvents events;

    /** The number is due this many days after approval (the site opens then). */
    public static final int PUBLIC_SECURITY_DUE_DAYS = 30;

    /**
     * When the next public-security reminder of a website approved at {@code approvedAt} is due after
     * {@code now} (the day of approval plus the next of {@link #PUBLIC_SECURITY_DAYS} not yet crossed),
     * or empty once the last one is past. Only normal websites without a number are reminded.
     */
    public static Optional<Instant> nextPublicSecurityReminder(Instant approvedAt, Instant now) {
        return PUBLIC_SECURITY_DAYS.stream().map(days -> approvedAt.plus(Duration.ofDays(days)))
                .filter(due -> due.isAfter(now)).findFirst();
    }

    /** All reminders due at {@code now}; returns how many were raised. */
    public int raiseDue(Instant now) {
        List<ApplicationEvent> due = new ArrayList<>();
        for (int days : OrderStateMachine.EXPIRY_REMINDER_DAYS) {
            due.addAll(idleOrders(now, days));
        }
        for (int days : PUBLIC_SECURITY_DAYS) {
            due.addAll(websitesWithoutPublicSecurity(now, days));
        }
        due.addAll(overdueReviews(now));
        Set<String> raised = new HashSet<>(events.alreadyRaised(due.stream().map(ApplicationEvent::id).toList()));
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
        List<ApplicationEvent> reminders = new ArrayList<>();
        for (DueOrder order : orders.listExpiringBetween(to.minus(WINDOW), to, PAGE)) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("orderNumber", order.orderNumber());
            attributes.put("accountId", String.valueOf(order.accountId()));
            attributes.put("expiresAt", order.due().toString());
            attributes.put("days", String.valueOf(days));
            reminders.add(event("OrderIdleReminder", order.orderNumber() + "/" + order.due() + "/" + days,
                    "order:" + order.orderNumber(), now, attributes));
        }
        return reminders;
    }

    private List<ApplicationEvent> websitesWithoutPublicSecurity(Instant now, int days) {
        Instant to = now.minus(Duration.ofDays(days));
        List<ApplicationEvent> reminders = new ArrayList<>();
        for (WebsiteAwaitingPublicSecurity website : registry.listAwaitingPublicSecurity(to.minus(WINDOW), to, PAGE)) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("icpNumbers", website.icpNumber());
            attributes.put("websiteName", website.name());
            attributes.put("accountId", String.valueOf(website.accountId()));
            attributes.put("days", String.valueOf(days));
            attributes.put("expiresAt", website.approvedAt().plus(Duration.ofDays(PUBLIC_SECURITY_DUE_DAYS)).toString());
            reminders.add(event("PublicSecurityReminder", website.icpNumber() + "/" + website.approvedAt() + "/" + days,
                    "website:" + website.icpNumber(), now, attributes));
        }
        return reminders;
    }

    private List<ApplicationEvent> overdueReviews(Instant now) {
        List<ApplicationEvent> escalations = new ArrayList<>();
        for (DueOrder order : orders.listReviewsDueBetween(now.minus(WINDOW), now, PAGE)) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("orderNumber", order.orderNumber());
            attributes.put("state", order.state().name());
            attributes.put("reviewDueAt", order.due().toString());
            attributes.put("audience", "REVIEWER");
            escalations.add(event("ReviewOverdue", order.orderNumber() + "/" + order.state() + "/" + order.due(),
                    "order:" + order.orderNumber(), now, attributes));
        }
        return escalations;
    }

    /** The same reminder always gets the same id: a name-based UUID of its type and what it is about. */
    static ApplicationEvent event(String type, String about, String target, Instant now, Map<String, String> attributes) {
        String id = UUID.nameUUIDFromBytes((type + ":" + about).getBytes(StandardCharsets.UTF_8)).toString();
        return new ApplicationEvent(id, type, now, "SYSTEM", target, attributes);
    }
}
