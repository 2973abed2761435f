package org.beian.domain.model.check.catalogue;

import java.util.Optional;

/** 前置或专项审批内容类型. Every type but {@link #NONE} needs an approval document. */
public enum PreApprovalType {
    /** 新闻 */
    NEWS,
    /** 出版 */
    PUBLISHING,
    /** 教育 */
    EDUCATION,
    /** 医疗保健 */
    HEALTHCARE,
    /** 药品和医疗器械 */
    MEDICINE,
    /** 电子公告服务 */
    BBS,
    /** 文化 */
    CULTURE,
    /** 广播电影电视节目 */
    BROADCASTING,
    /** 以上都不涉及: excludes every other type. */
    NONE;

    public static Optional<PreApprovalType> find(String code) {
        for (PreApprovalType value : values()) {
            if (value.name().equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
