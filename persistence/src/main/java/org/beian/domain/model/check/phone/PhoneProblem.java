package org.beian.domain.model.check.phone;

import org.beian.domain.model.check.ProblemCode;

/** Problems with phone numbers. Arguments, where listed, are in this order. */
public enum PhoneProblem implements ProblemCode {
    /** Not 11 digits starting with 1 (after removing +86 / 86 / 0086, spaces and hyphens). */
    MOBILE_FORMAT,
    /** 11 digits, but not in any mainland mobile range. Argument: the normalised number. */
    MOBILE_INVALID,
    /** Not written 086-&lt;area code&gt;-&lt;number&gt; (e.g. 086-010-12345678). */
    OFFICE_PHONE_FORMAT,
    /** The area code is not in use. Argument: the area code with its leading 0. */
    OFFICE_PHONE_AREA_CODE,
    /** Area code known, but the number is not a valid landline there (usually a wrong length). */
    OFFICE_PHONE_INVALID,
    /** A mobile number was written as an office phone. Argument: the mobile number. */
    OFFICE_PHONE_IS_MOBILE
}
