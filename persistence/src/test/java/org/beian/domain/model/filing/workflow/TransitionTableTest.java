package org.beian.domain.model.filing.workflow;

import static org.beian.domain.model.filing.workflow.TestOrders.ADMIN;
import static org.beian.domain.model.filing.workflow.TestOrders.CREATED;
import static org.beian.domain.model.filing.workflow.TestOrders.OTHER_APPLICANT;
import static org.beian.domain.model.filing.workflow.TestOrders.OWNER;
import static org.beian.domain.model.filing.workflow.TestOrders.REVIEWER;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.OrderHistoryEntry;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.reference.WorkingDays;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Every (type × state × action × actor) combination against the transition table written out below,
 * independently of the production table: anything not listed must be refused, with "not permitted"
 * when the actor never performs the action and "not allowed" when only the state is wrong.
 */
class TransitionTableTest {

    /** Allowed transitions only. The last column is the target for cancellations where it differs. */
    private static final String EXPECTED = """
            # from             action             by      to                 to (cancellation)
            DRAFT              SUBMIT             owner   SUBMITTED
            DRAFT              ABANDON            owner   ABANDONED
            DRAFT              EXPIRE             system  EXPIRED
            SUBMITTED          WITHDRAW           owner   WITHDRAWN
            SUBMITTED          ABANDON            owner   ABANDONED
            SUBMITTED          APPROVE_INITIAL    staff   AWAITING_PHOTO     AWAITING_BUREAU
            SUBMITTED          REJECT_INITIAL     staff   INITIAL_REJECTED
            SUBMITTED          CORRECT_ASSISTED   staff   SUBMITTED
            INITIAL_REJECTED   SUBMIT             owner   SUBMITTED
            INITIAL_REJECTED   ABANDON            owner   ABANDONED
            INITIAL_REJECTED   EXPIRE             system  EXPIRED
            AWAITING_PHOTO     SUBMIT_PHOTO       owner   PHOTO_SUBMITTED
            AWAITING_PHOTO     ELECTRONIC_CHECK_PASSED bureau PHOTO_SUBMITTED
            AWAITING_PHOTO     ABANDON            owner   ABANDONED
            AWAITING_PHOTO     EXPIRE             system  EXPIRED
            PHOTO_SUBMITTED    ABANDON            owner   ABANDONED
            PHOTO_SUBMITTED    APPROVE_PHOTO      staff   AWAITING_BUREAU
            PHOTO_SUBMITTED    REJECT_PHOTO       staff   PHOTO_REJECTED
            PHOTO_REJECTED     SUBMIT_PHOTO       owner   PHOTO_SUBMITTED
            PHOTO_REJECTED     ELECTRONIC_CHECK_PASSED bureau PHOTO_SUBMITTED
            PHOTO_REJECTED     ABANDON            owner   ABANDONED
            PHOTO_REJECTED     EXPIRE             system  EXPIRED
            AWAITING_BUREAU    ABANDON            owner   ABANDONED
            AWAITING_BUREAU    SUBMIT_TO_BUREAU   staff   AT_BUREAU
            AT_BUREAU          BUREAU_APPROVE     bureau  APPROVED
            AT_BUREAU          BUREAU_REJECT      bureau  BUREAU_REJECTED
            AT_BUREAU          SMS_CHECK_FAILED   bureau  AWAITING_BUREAU
            BUREAU_REJECTED    SUBMIT             owner   SUBMITTED
            BUREAU_REJECTED    ABANDON            owner   ABANDONED
            BUREAU_REJECTED    EXPIRE             system  EXPIRED
            EXPIRED            SUBMIT             owner   SUBMITTED
            EXPIRED            ABANDON            owner   ABANDONED
            WITHDRAWN          SUBMIT             owner   SUBMITTED
            WITHDRAWN          ABANDON            owner   ABANDONED
            WITHDRAWN          EXPIRE             system  EXPIRED
            """;
    // APPROVED and ABANDONED have no row: nothing leaves a final state.

    /** Who stands behind each "by" value. */
    private static final Map<String, Set<String>> PERFORMERS = Map.of(
            "owner", Set.of("owner"),
            "staff", Set.of("reviewer", "admin"),
            "bureau", Set.of("bureau"),
            "system", Set.of("system"));

    private static final Map<String, Actor> ACTORS = actors();

    /** 60 days after the fixtures were created: past the expiry of every waiting state. */
    private static final ZonedDateTime NOW = CREATED.plusDays(60);
    private static final WorkingDays DAYS = TestOrders.nationalDay2025();

    private record Row(OrderState from, OrderAction action, String by, OrderState to, OrderState toForCancellation) {}

    private static final Map<OrderState, Map<OrderAction, Row>> ROWS = parse(EXPECTED);

    @Test
    void theExpectedTableIsConsistent() {
        Map<OrderAction, String> byOfAction = new HashMap<>();
        int rows = 0;
        for (Map<OrderAction, Row> ofState : ROWS.values()) {
            for (Row row : ofState.values()) {
                rows++;
                String earlier = byOfAction.putIfAbsent(row.action(), row.by());
                assertTrue(earlier == null || earlier.equals(row.by()), row.action() + " has two performers");
                assertTrue(PERFORMERS.containsKey(row.by()), row.by());
            }
        }
        assertEquals(35, rows);
        assertEquals(EnumSet.allOf(OrderAction.class), EnumSet.copyOf(byOfAction.keySet()), "every action has a row");
        for (OrderState state : OrderState.values()) {
            assertEquals(state.isFinal(), !ROWS.containsKey(state), state + ": final states and only they have no exit");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCombination() {
        List<DynamicTest> tests = new ArrayList<>();
        for (OrderType type : OrderType.values()) {
            for (OrderState state : OrderState.values()) {
                tests.add(DynamicTest.dynamicTest(type + " in " + state, () -> checkAll(type, state)));
            }
        }
        return tests.stream();
    }

    private static void checkAll(OrderType type, OrderState state) {
        List<Executable> checks = new ArrayList<>();
        for (Map.Entry<String, Actor> actor : ACTORS.entrySet()) {
            Set<OrderAction> expectedAllowed = EnumSet.noneOf(OrderAction.class);
            for (OrderAction action : OrderAction.values()) {
                Row row = ROWS.getOrDefault(state, Map.of()).get(action);
                boolean allowed = row != null && PERFORMERS.get(row.by()).contains(actor.getKey());
                if (allowed) {
                    expectedAllowed.add(action);
                    OrderState to = type.isCancellation() && row.toForCancellation() != null ? row.toForCancellation() : row.to();
                    checks.add(() -> assertPerformed(type, state, action, actor.getValue(), to));
                } else {
                    boolean performer = PERFORMERS.get(performerOf(action)).contains(actor.getKey());
                    String key = performer ? IllegalTransitionException.NOT_ALLOWED : IllegalTransitionException.NOT_PERMITTED;
                    checks.add(() -> assertRefused(type, state, action, actor.getValue(), key));
                }
            }
            checks.add(() -> assertEquals(expectedAllowed,
                    OrderStateMachine.allowedActions(TestOrders.orderIn(type, state), actor.getValue()),
                    "allowed actions of " + actor.getKey()));
        }
        assertAll(type + " in " + state, checks);
    }

    private static void assertPerformed(OrderType type, OrderState state, OrderAction action, Actor actor, OrderState to) {
        FilingOrder order = TestOrders.orderIn(type, state);
        int entries = order.getHistory().size();
        Transition transition = perform(order, action, actor);
        String what = action + " by " + actor.name();
        assertEquals(to, order.getState(), what);
        assertEquals(state, transition.from(), what);
        assertEquals(to, transition.to(), what);
        assertEquals(entries + 1, order.getHistory().size(), what);
        OrderHistoryEntry entry = order.getHistory().get(entries);
        assertEquals(state, entry.getFromState(), what);
        assertEquals(to, entry.getToState(), what);
        assertEquals(actor.name(), entry.getActor(), what);
    }

    private static void assertRefused(OrderType type, OrderState state, OrderAction action, Actor actor, String key) {
        FilingOrder order = TestOrders.orderIn(type, state);
        int entries = order.getHistory().size();
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> perform(order, action, actor), action + " by " + actor.name());
        assertEquals(key, refused.getMessageKey(), action + " by " + actor.name());
        assertEquals(state, order.getState());
        assertEquals(entries, order.getHistory().size());
    }

    private static Transition perform(FilingOrder order, OrderAction action, Actor actor) {
        if (action == OrderAction.CORRECT_ASSISTED) {
            return OrderStateMachine.correct(order, TestOrders.snapshot("示例科技网站", "浙江省杭州市西湖区文三路100号"), actor,
                    "website name corrected", NOW);
        }
        return OrderStateMachine.apply(order, action, actor, "reason given", NOW, DAYS, 20);
    }

    private static String performerOf(OrderAction action) {
        return ROWS.values().stream().map(ofState -> ofState.get(action)).filter(row -> row != null)
                .findFirst().orElseThrow().by();
    }

    private static Map<String, Actor> actors() {
        Map<String, Actor> actors = new LinkedHashMap<>();
        actors.put("owner", OWNER);
        actors.put("other applicant", OTHER_APPLICANT);
        actors.put("reviewer", REVIEWER);
        actors.put("admin", ADMIN);
        actors.put("system", Actor.SYSTEM);
        actors.put("bureau", Actor.BUREAU);
        return actors;
    }

    private static Map<OrderState, Map<OrderAction, Row>> parse(String table) {
        Map<OrderState, Map<OrderAction, Row>> rows = new HashMap<>();
        for (String line : table.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\s+");
            Row row = new Row(OrderState.valueOf(cells[0]), OrderAction.valueOf(cells[1]), cells[2], OrderState.valueOf(cells[3]),
                    cells.length > 4 ? OrderState.valueOf(cells[4]) : null);
            Row earlier = rows.computeIfAbsent(row.from(), s -> new HashMap<>()).put(row.action(), row);
            if (earlier != null) {
                throw new IllegalStateException("Two rows for " + row.from() + " " + row.action());
            }
        }
        return rows;
    }
}
