package org.beian.domain.model.filing;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** States of an order (spec §5, plus expiry). Transitions are the workflow's business. */
public enum OrderState {
    /** 草稿 */
    DRAFT,
    /** 初审中 / 已提交 */
    SUBMITTED,
    /** 初审驳回: editable again */
    INITIAL_REJECTED,
    /** 待拍照 */
    AWAITING_PHOTO,
    /** 复审中 */
    PHOTO_SUBMITTED,
    /** 复审驳回: a new photo is needed */
    PHOTO_REJECTED,
    /** 待提交管局 */
    AWAITING_BUREAU,
    /** 管局审核中 (including the ministry's SMS check) */
    AT_BUREAU,
    /** 备案完成 */
    APPROVED,
    /** 管局驳回: editable again */
    BUREAU_REJECTED,
    /**
     * 撤回: the applicant took the submission back before the initial-review result (beyond §1); like a
     * draft it can be edited and submitted again (a change filing "can be withdrawn while under the
     * provider's review", process §3), or abandoned to close it.
     */
    WITHDRAWN,
    /** 放弃 */
    ABANDONED,
    /** Idle for 45 days in one step; data kept, can be resubmitted. */
    EXPIRED;

    /** The order waits on the applicant, and so may expire (beyond §1). */
    public static final Set<OrderState> WAITING_ON_APPLICANT =
            Collections.unmodifiableSet(EnumSet.of(DRAFT, INITIAL_REJECTED, AWAITING_PHOTO, PHOTO_REJECTED, BUREAU_REJECTED, WITHDRAWN));

    /** Submitted and not finished: an account has at most one such order (drafts do not count). */
    public static final Set<OrderState> IN_PROGRESS = Collections.unmodifiableSet(EnumSet.of(SUBMITTED, INITIAL_REJECTED,
            AWAITING_PHOTO, PHOTO_SUBMITTED, PHOTO_REJECTED, AWAITING_BUREAU, AT_BUREAU, BUREAU_REJECTED));

    /** A reviewer of the provider owes an answer within its deadline (initial review, photo re-review). */
    public static final Set<OrderState> UNDER_REVIEW = Collections.unmodifiableSet(EnumSet.of(SUBMITTED, PHOTO_SUBMITTED));

    /** States in which the applicant may edit what the order proposes. */
    public boolean isEditable() {
        return this == DRAFT || this == INITIAL_REJECTED || this == BUREAU_REJECTED || this == EXPIRED || this == WITHDRAWN;
    }

    public boolean isFinal() {
        return this == APPROVED || this == ABANDONED;
    }
}
