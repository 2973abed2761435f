package org.beian.domain.model.filing;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The reviewers' queues (filing-process §4–§5), each over the states it shows, oldest submission first. */
public enum ReviewQueue {
    /** 待初审 */
    AWAITING_INITIAL_REVIEW(EnumSet.of(OrderState.SUBMITTED)),
    /** 待复审: the curtain or electronic-verification photo */
    AWAITING_PHOTO_REVIEW(EnumSet.of(OrderState.PHOTO_SUBMITTED)),
    /** 待提交管局 */
    READY_FOR_BUREAU(EnumSet.of(OrderState.AWAITING_BUREAU)),
    /** 管局审核中: the ministry's SMS check, then the bureau's decision */
    AT_BUREAU(EnumSet.of(OrderState.AT_BUREAU)),
    /** Reviews past their one-working-day deadline. */
    OVERDUE(OrderState.UNDER_REVIEW),
    /** What the reviewer holds now (a running claim). */
    MINE(EnumSet.of(OrderState.SUBMITTED, OrderState.PHOTO_SUBMITTED, OrderState.AWAITING_BUREAU)),
    /** Every submitted order: only with a search term (no index orders all states). */
    SEARCH(EnumSet.complementOf(EnumSet.of(OrderState.DRAFT)));

    private final Set<OrderState> states;

    ReviewQueue(Set<OrderState> states) {
        this.states = Collections.unmodifiableSet(EnumSet.copyOf(states));
    }

    public Set<OrderState> states() {
        return states;
    }
}
