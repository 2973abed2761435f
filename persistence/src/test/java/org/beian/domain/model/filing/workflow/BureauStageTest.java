package org.beian.domain.model.filing.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.beian.domain.model.filing.BureauStage;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.OrderType;
import org.junit.jupiter.api.Test;

/** Where an order stands at the bureau, and what the last rejection kept. */
class BureauStageTest {

    private final Instant now = TestOrders.CREATED.toInstant();

    @Test
    void anOrderSentToTheBureauWaitsOnTheSmsCheckThenTheDecisionAndForgetsTheStageWhenItLeaves() {
        FilingOrder order = TestOrders.orderIn(OrderType.FIRST_FILING, OrderState.AT_BUREAU);
        order.markSentToBureau(now);
        assertEquals(BureauStage.SMS_CHECK, order.getBureauStage());
        assertTrue(order.smsCheckPassed(now));
        assertEquals(BureauStage.DECIDING, order.getBureauStage());
        assertFalse(order.smsCheckPassed(now), "a repeated report changes nothing");
        order.moveTo(OrderState.APPROVED, Actor.BUREAU, null, now);
        assertNull(order.getBureauStage());
        assertFalse(order.smsCheckPassed(now), "only at the bureau");
    }

    @Test
    void aRejectionKeepsWhatTheOrderProposedThen() {
        FilingOrder order = TestOrders.orderIn(OrderType.FIRST_FILING, OrderState.SUBMITTED);
        assertNull(order.getRejectedSnapshot());
        FilingSnapshot proposed = order.getSnapshot();
        order.moveTo(OrderState.INITIAL_REJECTED, new Actor(Actor.Kind.REVIEWER, "reviewer", null), "地址不详", now);
        assertEquals(proposed, order.getRejectedSnapshot());
    }
}
