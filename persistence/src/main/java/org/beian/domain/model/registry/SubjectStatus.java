package org.beian.domain.model.registry;

/** 正常, 注销中, 已注销; SHELL (空壳) when none of its websites has an access provider any more. */
public enum SubjectStatus {
    NORMAL,
    BEING_CANCELLED,
    CANCELLED,
    SHELL
}
