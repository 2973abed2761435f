package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.beian.application.TransitionRefusedException;
import org.beian.application.event.ApplicationEvent;
import org.beian.application.event.ApplicationEvents;
import org.beian.application.security.Caller;
import org.beian.domain.model.BeijingTime;
import org.beian.domain.model.account.Account;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.workflow.Actor;
import org.beian.domain.model.filing.workflow.IllegalTransitionException;
import org.beian.domain.model.filing.workflow.OrderAction;
import org.beian.domain.model.filing.workflow.OrderStateMachine;
import org.beian.domain.model.filing.workflow.Transition;
import org.beian.domain.model.reference.ReferenceData;
import org.beian.domain.model.reference.WorkingDays;

/**
 * Runs a step through the state machine with what it needs (the working-day calendar, the province's
 * bureau time), turns a refusal into a business error, and raises the step's event in the caller's
 * transaction.
 */
@ApplicationScoped
public class Transitions {

    private static final String BUREAU_DAYS = "bureau.review_working_days";

    @Inject
    private ReferenceData referenceData;

    @Inject
    private ApplicationEvents events;

    public Transition perform(FilingOrder order, OrderAction action, Actor actor, String reason) {
        return perform(order, action, actor, reason, Map.of());
    }

    /** As above, with more for the event to tell (the ICP numbers of an approval). */
    public Transition perform(FilingOrder order, OrderAction action, Actor actor, String reason, Map<String, String> told) {
        ZonedDateTime now = BeijingTime.now();
        try {
            Transition transition = OrderStateMachine.apply(order, action, actor, reason, now, calendar(now), bureauDays(order, now));
            raise(order, transition, told);
            return transition;
        } catch (IllegalTransitionException e) {
            throw refused(e);
        }
    }

    public Transition correct(FilingOrder order, FilingSnapshot corrected, Actor actor, String reason) {
        try {
            Transition transition = OrderStateMachine.correct(order, corrected, actor, reason, BeijingTime.now());
            raise(order, transition, Map.of());
            return transition;
        } catch (IllegalTransitionException e) {
            throw refused(e);
        }
    }

    /** The workflow's view of a caller: user name, account and roles. */
    static Actor actor(Caller caller, Account account) {
        return Actor.of(caller.username(), account.getId(), caller.roles());
    }

    /** The working-day calendar around now: a year back (late callbacks) and two ahead (bureau deadlines). */
    public WorkingDays calendar(ZonedDateTime now) {
        LocalDate today = now.toLocalDate();
        return new WorkingDays(referenceData.calendarExceptions(today.minusYears(1), today.plusYears(2)));
    }

    private int bureauDays(FilingOrder order, ZonedDateTime now) {
        return bureauWorkingDays(order.getProvinceCode(), now.toLocalDate());
    }

    /** How many working days the province's bureau takes to decide (20; Zhejiang 30), as of {@code day}. */
    public int bureauWorkingDays(String provinceCode, LocalDate day) {
        return referenceData.provinceRules(provinceCode, day).get(BUREAU_DAYS).asInt();
    }

    private void raise(FilingOrder order, Transition t, Map<String, String> told) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("orderNumber", order.getOrderNumber());
        attributes.put("orderType", order.getType().name());
        attributes.put("accountId", String.valueOf(order.getAccountId()));
        attributes.put("from", t.from().name());
        attributes.put("to", t.to().name());
        put(attributes, "reason", t.reason());
        put(attributes, "reviewDueAt", t.reviewDueAt());
        put(attributes, "bureauDueAt", t.bureauDueAt());
        put(attributes, "expiresAt", t.expiresAt());
        told.forEach(attributes::putIfAbsent);
        events.raise(ApplicationEvent.of(t.eventType(), t.actor().name(), "order:" + order.getOrderNumber(), attributes));
    }

    private static void put(Map<String, String> attributes, String key, Object value) {
        if (value != null) {
            attributes.put(key, value instanceof Instant instant ? instant.toString() : value.toString());
        }
    }

    private static TransitionRefusedException refused(IllegalTransitionException e) {
        return new TransitionRefusedException(e.getMessageKey(), e.getOrderNumber(),
                e.getState() == null ? "" : e.getState().name(), e.getAction() == null ? "" : e.getAction().name());
    }
}
