package org.beian.domain.model.registry;

/** 正常, 取消接入中, 已注销; SHELL (空壳) when it is left with no access provider. */
public enum WebsiteStatus {
    NORMAL,
    CANCELLING_ACCESS,
    CANCELLED,
    SHELL
}
