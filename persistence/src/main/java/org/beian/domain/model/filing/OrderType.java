package org.beian.domain.model.filing;

/** The eight filing types (备案类型) of spec §3. */
public enum OrderType {
    /** 首次备案 */
    FIRST_FILING,
    /** 原备案在本平台新增网站 */
    ADD_WEBSITE_SUBJECT_HERE,
    /** 原备案不在本平台新增网站 */
    ADD_WEBSITE_SUBJECT_ELSEWHERE,
    /** 接入备案 */
    ACCESS,
    /** 变更备案 */
    CHANGE,
    /** 取消接入 */
    CANCEL_ACCESS,
    /** 注销网站 */
    CANCEL_WEBSITE,
    /** 注销主体 */
    CANCEL_SUBJECT;

    public boolean isCancellation() {
        return this == CANCEL_ACCESS || this == CANCEL_WEBSITE || this == CANCEL_SUBJECT;
    }
}
