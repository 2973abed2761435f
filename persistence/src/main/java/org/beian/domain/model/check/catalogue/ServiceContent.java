package org.beian.domain.model.check.catalogue;

import java.util.Optional;

/** 网站服务内容: the codes an order snapshot uses for a website's service content. */
public enum ServiceContent {
    /** 综合门户 */
    PORTAL,
    /** 单位门户网站 */
    ORGANISATION_PORTAL,
    /** 其他: the remark must then describe the content. */
    OTHER;

    public static Optional<ServiceContent> find(String code) {
        for (ServiceContent value : values()) {
            if (value.name().equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
