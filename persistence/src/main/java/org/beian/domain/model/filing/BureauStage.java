package org.beian.domain.model.filing;

/**
 * Where an order at the bureau (state {@link OrderState#AT_BUREAU}) stands: the ministry's SMS check
 * of the principals first (filing-process §4 step 9), then the bureau's decision.
 */
public enum BureauStage {
    /** 短信核验中: the principals have not all answered the ministry's code yet. */
    SMS_CHECK,
    /** 管局审核中: every principal answered; the bureau decides. */
    DECIDING
}
