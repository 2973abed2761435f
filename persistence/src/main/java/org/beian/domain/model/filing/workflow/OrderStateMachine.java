package org.beian.domain.model.filing.workflow;

import static org.beian.domain.model.filing.OrderState.ABANDONED;
import static org.beian.domain.model.filing.OrderState.APPROVED;
import static org.beian.domain.model.filing.OrderState.AT_BUREAU;
import static org.beian.domain.model.filing.OrderState.AWAITING_BUREAU;
import static org.beian.domain.model.filing.OrderState.AWAITING_PHOTO;
import static org.beian.domain.model.filing.OrderState.BUREAU_REJECTED;
import static org.beian.domain.model.filing.OrderState.DRAFT;
import static org.beian.domain.model.filing.OrderState.EXPIRED;
import static org.beian.domain.model.filing.OrderState.INITIAL_REJECTED;
import static org.beian.domain.model.filing.OrderState.PHOTO_REJECTED;
import static org.beian.domain.model.filing.OrderState.PHOTO_SUBMITTED;
import static org.beian.domain.model.filing.OrderState.SUBMITTED;
import static org.beian.domain.model.filing.OrderState.WITHDRAWN;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.reference.WorkingDays;

/**
 * The one place an order's state may change. Each action has one row: the states it leaves from, the
 * state it goes to, who performs it, the event it raises and whether it needs a reason. Performing a
 * transition records it in the order's history and sets the deadlines of the state entered:
 * <ul>
 *   <li>the review deadline while the provider reviews (submitted, photo submitted): 1 working day;</li>
 *   <li>the bureau deadline while at the bureau: the province's {@code bureau.review_working_days};</li>
 *   <li>the expiry moment while the order waits on the applicant: 45 days.</li>
 * </ul>
 * A deadline is cleared when its state is left, so each is set exactly while it is pending.
 *
 * <p>Spec references: "process" is {@code filing-process.md}, "beyond" is {@code beyond-the-seed.md}.
 */
public final class OrderStateMachine {

    /** The provider answers each review within 1 working day (process §4 steps 5 and 7, §5). */
    public static final int REVIEW_WORKING_DAYS = 1;
    /** An order idle in one step for 45 days expires (beyond §1). */
    public static final int EXPIRY_DAYS = 45;
    /** Days after entering a step at which the applicant is reminded of the coming expiry (beyond §1). */
    public static final List<Integer> EXPIRY_REMINDER_DAYS = List.of(7, 15, 30);
    /** The longest reason the order history keeps. */
    public static final int MAX_REASON_LENGTH = 1000;

    private static final Set<OrderState> WAITING_ON_APPLICANT = OrderState.WAITING_ON_APPLICANT;

    /** Who performs an action. */
    private enum Performer {
        /** The applicant whose account owns the order. */
        OWNER,
        /** A reviewer; an administrator may stand in (staff act on every order, as the services already allow). */
        STAFF,
        BUREAU,
        SYSTEM
    }

    private record Rule(OrderAction action, Set<OrderState> from, Function<OrderType, OrderState> to,
                        Performer performer, String event, boolean reasonRequired) {}

    private static final Set<OrderState> BEFORE_THE_BUREAU = EnumSet.of(DRAFT, SUBMITTED, INITIAL_REJECTED, AWAITING_PHOTO,
            PHOTO_SUBMITTED, PHOTO_REJECTED, AWAITING_BUREAU, BUREAU_REJECTED, EXPIRED, WITHDRAWN);

    private static final Map<OrderAction, Rule> RULES = table(
            // Submit for initial review (提交初审, process §4 step 5). Resubmission is the same action: after
            // an initial rejection ("the applicant edits and resubmits", §4 step 5), a bureau rejection
            // ("back to editable", §5) or expiry ("data kept, can be resubmitted", beyond §1). Every
            // resubmission passes the provider's initial review again.
            new Rule(OrderAction.SUBMIT, EnumSet.of(DRAFT, INITIAL_REJECTED, BUREAU_REJECTED, EXPIRED, WITHDRAWN), type -> SUBMITTED,
                    Performer.OWNER, OrderEvents.ORDER_SUBMITTED, false),
            // Withdraw (撤销) "only before the initial-review result" (beyond §1; process §3: a change filing
            // "can be withdrawn while under the provider's review"). process §5's "before the bureau" is
            // the older, looser wording; beyond §1 is the more specific one. The order is taken back, not
            // closed: it can be edited and submitted again (SUBMIT) or abandoned (ABANDON), as today's desks do.
            new Rule(OrderAction.WITHDRAW, EnumSet.of(SUBMITTED), type -> WITHDRAWN,
                    Performer.OWNER, OrderEvents.ORDER_WITHDRAWN, false),
            // Abandon (放弃) "before submission to the bureau; nothing once at the bureau" (beyond §1;
            // process §3 for cancellations). Allowed in every non-final state up to AWAITING_BUREAU, and
            // again once the order is back from the bureau (BUREAU_REJECTED) or expired: it is then no
            // longer at the bureau, and otherwise the applicant could never close it.
            new Rule(OrderAction.ABANDON, BEFORE_THE_BUREAU, type -> ABANDONED,
                    Performer.OWNER, OrderEvents.ORDER_ABANDONED, false),
            // Initial review approved (process §4 step 5 → step 6). Cancellations skip the photo steps
            // (process §5; §3: "the provider reviews within 1 working day, then submits to the bureau").
            new Rule(OrderAction.APPROVE_INITIAL, EnumSet.of(SUBMITTED),
                    type -> type.isCancellation() ? AWAITING_BUREAU : AWAITING_PHOTO,
                    Performer.STAFF, OrderEvents.INITIAL_REVIEW_APPROVED, false),
            // Initial review rejected: "a rejection carries modification suggestions" (process §4 step 5).
            new Rule(OrderAction.REJECT_INITIAL, EnumSet.of(SUBMITTED), type -> INITIAL_REJECTED,
                    Performer.STAFF, OrderEvents.INITIAL_REVIEW_REJECTED, true),
            // Assisted correction (协助更改) "lets reviewers fix small mistakes instead of rejecting"
            // (process §4 step 5), only if the applicant ticked the terms; the order stays under review.
            // The reason says what was fixed; the changed fields are listed as well (beyond §4 item 7).
            new Rule(OrderAction.CORRECT_ASSISTED, EnumSet.of(SUBMITTED), type -> SUBMITTED,
                    Performer.STAFF, OrderEvents.ORDER_CORRECTED, true),
            // Photo verification (办理拍照, process §4 step 6); after a failed re-review "the applicant
            // re-submits the photo" (step 7).
            new Rule(OrderAction.SUBMIT_PHOTO, EnumSet.of(AWAITING_PHOTO, PHOTO_REJECTED), type -> PHOTO_SUBMITTED,
                    Performer.OWNER, OrderEvents.PHOTO_SUBMITTED, false),
            // Electronic verification (电子化核验, beyond §5) in place of the curtain photo: the ministry's
            // platform checked the principal's identity card and face on the phone and sends the
            // verification photo and the signed form; the re-review follows as for a photo.
            new Rule(OrderAction.ELECTRONIC_CHECK_PASSED, EnumSet.of(AWAITING_PHOTO, PHOTO_REJECTED), type -> PHOTO_SUBMITTED,
                    Performer.BUREAU, OrderEvents.PHOTO_SUBMITTED, false),
            // Re-review (复审, process §4 step 7) passed: the order waits for the hand-over to the bureau.
            new Rule(OrderAction.APPROVE_PHOTO, EnumSet.of(PHOTO_SUBMITTED), type -> AWAITING_BUREAU,
                    Performer.STAFF, OrderEvents.PHOTO_APPROVED, false),
            // Re-review failed: "failure comes with suggestions" (process §4 step 7).
            new Rule(OrderAction.REJECT_PHOTO, EnumSet.of(PHOTO_SUBMITTED), type -> PHOTO_REJECTED,
                    Performer.STAFF, OrderEvents.PHOTO_REJECTED, true),
            // The provider submits the order to the province's bureau (提交管局, process §4 step 8); the
            // bureau decides within 20 working days, Zhejiang 30 (beyond §1).
            new Rule(OrderAction.SUBMIT_TO_BUREAU, EnumSet.of(AWAITING_BUREAU), type -> AT_BUREAU,
                    Performer.STAFF, OrderEvents.SUBMITTED_TO_BUREAU, false),
            // The bureau approves and issues the numbers (process §4 steps 8–9).
            new Rule(OrderAction.BUREAU_APPROVE, EnumSet.of(AT_BUREAU), type -> APPROVED,
                    Performer.BUREAU, OrderEvents.BUREAU_APPROVED, false),
            // The bureau rejects: "back to editable" (process §5), with the bureau's reason.
            new Rule(OrderAction.BUREAU_REJECT, EnumSet.of(AT_BUREAU), type -> BUREAU_REJECTED,
                    Performer.BUREAU, OrderEvents.BUREAU_REJECTED, true),
            // Ministry SMS check (短信核验): "after 5 wrong attempts, or on timeout, the order returns to
            // the provider" (beyond §1) — back to waiting for the hand-over, the reason says which.
            new Rule(OrderAction.SMS_CHECK_FAILED, EnumSet.of(AT_BUREAU), type -> AWAITING_BUREAU,
                    Performer.BUREAU, OrderEvents.SMS_CHECK_FAILED, true),
            // "An order idle in one step for 45 days expires (data kept, can be resubmitted)" (beyond §1):
            // only the steps that wait on the applicant; the desk's own timer does it.
            new Rule(OrderAction.EXPIRE, WAITING_ON_APPLICANT, type -> EXPIRED,
                    Performer.SYSTEM, OrderEvents.ORDER_EXPIRED, false));

    private OrderStateMachine() {}

    /**
     * Performs {@code action} on the order: checks it, moves the order (recording the history entry) and
     * sets the deadlines of the state entered. {@code days} and {@code bureauWorkingDays} are needed only
     * by the actions that set a working-day deadline (submit, submit photo, submit to bureau).
     * An assisted correction carries the corrected snapshot and goes through {@link #correct} instead.
     *
     * @throws IllegalTransitionException if the actor may not, the state does not allow it, or the
     *         reason is missing or too long; the order is then left untouched
     */
    public static Transition apply(FilingOrder order, OrderAction action, Actor actor, String reason, ZonedDateTime now,
                                   WorkingDays days, int bureauWorkingDays) {
        Objects.requireNonNull(action);
        if (action == OrderAction.CORRECT_ASSISTED) {
            throw new IllegalArgumentException("An assisted correction carries the corrected snapshot: use correct(...)");
        }
        Rule rule = check(order, action, actor, now);
        String why = reason(order, rule, reason);
        OrderState from = order.getState();
        OrderState to = rule.to().apply(order.getType());
        Instant at = now.toInstant();
        Instant reviewDue = to == SUBMITTED || to == PHOTO_SUBMITTED
                ? requireDays(days).deadline(now, REVIEW_WORKING_DAYS).toInstant() : null;
        Instant bureauDue = null;
        if (to == AT_BUREAU) {
            if (bureauWorkingDays < 1) {
                throw new IllegalArgumentException("The bureau review takes at least 1 working day: " + bureauWorkingDays);
            }
            bureauDue = requireDays(days).deadline(now, bureauWorkingDays).toInstant();
        }
        order.moveTo(to, actor, why, at);
        order.markSubmitted(to == SUBMITTED ? at : order.getSubmittedAt(), reviewDue);
        order.setBureauDueAt(bureauDue);
        order.setExpiresAt(expiryOnEntering(to, now));
        return transition(order, rule, from, actor, why, at, List.of());
    }

    /**
     * A reviewer's assisted correction: replaces the snapshot while the order stays under initial
     * review, and records the reviewer's reason with the changed fields in the history. Deadlines are
     * untouched: correcting is part of the same review.
     *
     * @throws IllegalTransitionException as {@link #apply}, and also if the applicant did not agree to
     *         assisted correction or the corrected snapshot changes nothing
     */
    public static Transition correct(FilingOrder order, FilingSnapshot corrected, Actor actor, String reason,
                                     ZonedDateTime now) {
        Objects.requireNonNull(corrected);
        Rule rule = check(order, OrderAction.CORRECT_ASSISTED, actor, now);
        String why = reason(order, rule, reason);
        List<FieldChange> changes = SnapshotChanges.between(order.getSnapshot(), corrected);
        if (changes.isEmpty()) {
            throw refusal(order, rule.action(), IllegalTransitionException.NOTHING_CORRECTED, "the correction changes nothing");
        }
        Instant at = now.toInstant();
        order.correctSnapshot(corrected, changes, at);
        String record = why + " — " + changes.stream().map(FieldChange::toString).collect(Collectors.joining("; "));
        order.moveTo(SUBMITTED, actor, truncate(record), at);
        return transition(order, rule, SUBMITTED, actor, why, at, changes);
    }

    /**
     * The actions the actor may perform on the order now, so that a page shows only the buttons that
     * work. The clock is not consulted: {@link OrderAction#EXPIRE} is listed for the system whenever
     * the state allows it, and {@link #apply} also checks that the expiry moment has come.
     */
    public static Set<OrderAction> allowedActions(FilingOrder order, Actor actor) {
        Set<OrderAction> allowed = EnumSet.noneOf(OrderAction.class);
        for (Rule rule : RULES.values()) {
            if (permits(rule.performer(), actor, order) && rule.from().contains(order.getState())
                    && (rule.action() != OrderAction.CORRECT_ASSISTED || order.isAssistedCorrectionAgreed())) {
                allowed.add(rule.action());
            }
        }
        return Collections.unmodifiableSet(allowed);
    }

    /**
     * What the owner of an order in {@code state} may do: the same as {@link #allowedActions} for the
     * owner, for a list of orders read as projections (the owner's actions depend on the state only).
     */
    public static Set<OrderAction> ownerActions(OrderState state) {
        Set<OrderAction> allowed = EnumSet.noneOf(OrderAction.class);
        for (Rule rule : RULES.values()) {
            if (rule.performer() == Performer.OWNER && rule.from().contains(state)) {
                allowed.add(rule.action());
            }
        }
        return Collections.unmodifiableSet(allowed);
    }

    /**
     * When an order entering {@code state} at {@code now} expires: 45 days later if the state waits on
     * the applicant, else never (null). The service also uses it for a new draft, which is created
     * rather than entered by a transition.
     */
    public static Instant expiryOnEntering(OrderState state, ZonedDateTime now) {
        return WAITING_ON_APPLICANT.contains(state) ? now.plusDays(EXPIRY_DAYS).toInstant() : null;
    }

    /** Sets the expiry of a newly created draft (the constructor cannot know the rule). */
    public static void draftCreated(FilingOrder order, ZonedDateTime now) {
        if (order.getState() != DRAFT) {
            throw new IllegalStateException("Order " + order.getOrderNumber() + " is no longer a draft");
        }
        order.setExpiresAt(expiryOnEntering(DRAFT, now));
    }

    /** Permission first, then state, then the action's own conditions. */
    private static Rule check(FilingOrder order, OrderAction action, Actor actor, ZonedDateTime now) {
        Objects.requireNonNull(order);
        Objects.requireNonNull(actor);
        Objects.requireNonNull(now);
        Rule rule = RULES.get(action);
        if (!permits(rule.performer(), actor, order)) {
            throw refusal(order, action, IllegalTransitionException.NOT_PERMITTED,
                    actor.kind() + " " + actor.name() + " may not " + action);
        }
        if (!rule.from().contains(order.getState())) {
            throw refusal(order, action, IllegalTransitionException.NOT_ALLOWED, action + " leaves only from " + rule.from());
        }
        if (action == OrderAction.CORRECT_ASSISTED && !order.isAssistedCorrectionAgreed()) {
            throw refusal(order, action, IllegalTransitionException.ASSISTED_CORRECTION_NOT_AGREED,
                    "the applicant did not agree to assisted correction");
        }
        if (action == OrderAction.EXPIRE
                && (order.getExpiresAt() == null || now.toInstant().isBefore(order.getExpiresAt()))) {
            throw refusal(order, action, IllegalTransitionException.NOT_EXPIRED_YET, "expires at " + order.getExpiresAt());
        }
        return rule;
    }

    private static boolean permits(Performer performer, Actor actor, FilingOrder order) {
        return switch (performer) {
            case OWNER -> actor.owns(order.getAccountId());
            case STAFF -> actor.isStaff();
            case BUREAU -> actor.kind() == Actor.Kind.BUREAU;
            case SYSTEM -> actor.kind() == Actor.Kind.SYSTEM;
        };
    }

    /** The trimmed reason, null when blank and optional. */
    private static String reason(FilingOrder order, Rule rule, String reason) {
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty()) {
            if (rule.reasonRequired()) {
                throw refusal(order, rule.action(), IllegalTransitionException.REASON_REQUIRED, "a reason is required");
            }
            return null;
        }
        if (trimmed.length() > MAX_REASON_LENGTH) {
            throw refusal(order, rule.action(), IllegalTransitionException.REASON_TOO_LONG,
                    "at most " + MAX_REASON_LENGTH + " characters");
        }
        return trimmed;
    }

    private static String truncate(String text) {
        if (text.length() <= MAX_REASON_LENGTH) {
            return text;
        }
        int end = MAX_REASON_LENGTH - 1;
        if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private static WorkingDays requireDays(WorkingDays days) {
        return Objects.requireNonNull(days, "This transition sets a working-day deadline and needs the calendar");
    }

    private static Transition transition(FilingOrder order, Rule rule, OrderState from, Actor actor, String reason,
                                         Instant at, List<FieldChange> changes) {
        return new Transition(order.getOrderNumber(), from, order.getState(), rule.action(), actor, reason, rule.event(),
                at, order.getReviewDueAt(), order.getBureauDueAt(), order.getExpiresAt(), changes);
    }

    private static IllegalTransitionException refusal(FilingOrder order, OrderAction action, String key, String message) {
        return new IllegalTransitionException(order.getOrderNumber(), order.getState(), action, key, message);
    }

    private static Map<OrderAction, Rule> table(Rule... rules) {
        Map<OrderAction, Rule> byAction = new EnumMap<>(OrderAction.class);
        for (Rule rule : rules) {
            if (byAction.put(rule.action(), rule) != null) {
                throw new IllegalStateException("Two rows for " + rule.action());
            }
        }
        if (byAction.size() != OrderAction.values().length) {
            throw new IllegalStateException("Actions without a row: " + EnumSet.complementOf(EnumSet.copyOf(byAction.keySet())));
        }
        return Collections.unmodifiableMap(byAction);
    }
}
