package org.beian.domain.model.check.catalogue;

import java.util.Optional;

/** The kinds of cloud service a website can be filed on ({@code CloudServiceData.kind}). */
public enum CloudServiceKind {
    /** 云服务器: reference is the instance id. */
    SERVER,
    /** 网站托管 / 虚拟主机: reference is the instance id. */
    WEB_HOSTING,
    /** 备案授权码: reference is the code another account issued. */
    AUTHORISATION_CODE;

    public static Optional<CloudServiceKind> find(String code) {
        for (CloudServiceKind value : values()) {
            if (value.name().equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
