package org.beian.domain.model.check.address;

import org.beian.domain.model.check.ProblemCode;

/** Problems with postal addresses. */
public enum AddressProblem implements ProblemCode {
    /**
     * No door-level number was found. When the address really is as precise as it gets (some rural
     * addresses), the source's remedy is the remark "主办单位通信地址为最详细地址".
     */
    ADDRESS_NOT_PRECISE,
    /** Contains 市辖区, the GB/T 2260 placeholder, instead of the real district. */
    ADDRESS_CONTAINS_SHIXIAQU
}
