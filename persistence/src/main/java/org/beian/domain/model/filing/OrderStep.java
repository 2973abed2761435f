package org.beian.domain.model.filing;

import java.util.List;

/**
 * The steps of an order as the applicant's progress bar shows them (filing-process §4–§5). Cancellations
 * skip the photo steps. A returned or expired order is back at the first step, waiting on its owner.
 */
public enum OrderStep {
    /** 填写备案信息 (also after a rejection or expiry: the owner edits). */
    FILL_IN,
    /** 初审 */
    INITIAL_REVIEW,
    /** 办理拍照 / 真实性核验 */
    VERIFICATION,
    /** 复审 */
    RE_REVIEW,
    /** 提交管局 (the provider hands the order over) */
    TO_BUREAU,
    /** 管局审核 (the ministry's SMS check first) */
    BUREAU_REVIEW,
    /** 备案完成 */
    DONE;

    private static final List<OrderStep> ALL = List.of(values());
    private static final List<OrderStep> CANCELLATION = List.of(FILL_IN, INITIAL_REVIEW, TO_BUREAU, BUREAU_REVIEW, DONE);

    public static List<OrderStep> of(OrderType type) {
        return type.isCancellation() ? CANCELLATION : ALL;
    }

    /** Where an order in {@code state} stands; null for an abandoned order (it left the steps). */
    public static OrderStep current(OrderState state) {
        return switch (state) {
            case DRAFT, INITIAL_REJECTED, BUREAU_REJECTED, EXPIRED, WITHDRAWN -> FILL_IN;
            case SUBMITTED -> INITIAL_REVIEW;
            case AWAITING_PHOTO, PHOTO_REJECTED -> VERIFICATION;
            case PHOTO_SUBMITTED -> RE_REVIEW;
            case AWAITING_BUREAU -> TO_BUREAU;
            case AT_BUREAU -> BUREAU_REVIEW;
            case APPROVED -> DONE;
            case ABANDONED -> null;
        };
    }
}
