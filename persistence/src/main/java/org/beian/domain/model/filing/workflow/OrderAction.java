package org.beian.domain.model.filing.workflow;

/**
 * Everything that can happen to an order. Which state each action leaves from, where it goes and who
 * may do it is the table in {@link OrderStateMachine}.
 */
public enum OrderAction {
    /** 提交初审, also the resubmission after a rejection or expiry (applicant). */
    SUBMIT,
    /** 撤销 / 撤回: only before the initial-review result (applicant). */
    WITHDRAW,
    /** 放弃: any time before the order is at the bureau (applicant). */
    ABANDON,
    /** 初审通过 (reviewer). */
    APPROVE_INITIAL,
    /** 初审驳回, with modification suggestions (reviewer). */
    REJECT_INITIAL,
    /** 协助更改: the reviewer fixes small mistakes during the initial review (reviewer). */
    CORRECT_ASSISTED,
    /** 上传核验照片 (applicant). */
    SUBMIT_PHOTO,
    /** 电子化核验通过: the ministry's electronic verification platform sends the verification photo and the signed form (the ministry). */
    ELECTRONIC_CHECK_PASSED,
    /** 复审通过 (reviewer). */
    APPROVE_PHOTO,
    /** 复审驳回 (reviewer). */
    REJECT_PHOTO,
    /** 提交管局 (reviewer). */
    SUBMIT_TO_BUREAU,
    /** 管局审核通过 (the bureau). */
    BUREAU_APPROVE,
    /** 管局驳回 (the bureau). */
    BUREAU_REJECT,
    /** 短信核验失败: five wrong codes or no answer within 24 h; the order returns to the provider (the bureau). */
    SMS_CHECK_FAILED,
    /** 订单过期: 45 days in one step waiting on the applicant (the desk's own timer). */
    EXPIRE
}
