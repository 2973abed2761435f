package org.beian.domain.model.check.identity;

import org.beian.domain.model.check.ProblemCode;

/** Problems with certificate numbers. Arguments, where listed, are in this order. */
public enum IdentityProblem implements ProblemCode {
    /** Nothing entered. */
    CERTIFICATE_NUMBER_BLANK,
    /** Longer than any certificate number the desk stores. Argument: maximum length. */
    CERTIFICATE_NUMBER_TOO_LONG,

    /** A 15-digit first-generation number: the 18-character number is required. */
    RESIDENT_ID_LEGACY_15,
    /** Not 17 digits followed by a digit or X. */
    RESIDENT_ID_FORMAT,
    /** GB 11643 check character wrong. Arguments: expected, given. */
    RESIDENT_ID_CHECK_CHARACTER,
    /** Digits 7–14 are not a calendar date. Argument: the eight digits. */
    RESIDENT_ID_BIRTH_DATE,
    /** Birth date after today. Argument: the date (ISO). */
    RESIDENT_ID_BIRTH_DATE_IN_FUTURE,
    /** Birth date before 1900-01-01. Argument: the date (ISO). */
    RESIDENT_ID_BIRTH_DATE_BEFORE_1900,
    /** Digits 1–6 are not a plausible address code (unknown province). Argument: the six digits. */
    RESIDENT_ID_ADDRESS_CODE,
    /** The number is a Hong Kong / Macao / Taiwan residence permit number, entered as a resident ID. */
    RESIDENT_ID_IS_RESIDENCE_PERMIT,
    /** A residence permit number must start with 810000, 820000 or 830000. Argument: the six digits. */
    RESIDENCE_PERMIT_ADDRESS_CODE,

    /** Passport number not 5–20 letters or digits. */
    PASSPORT_FORMAT,
    /** Not a Chinese ordinary passport number (E/G + 8 digits, or E + letter + 7 digits). */
    CHINESE_PASSPORT_FORMAT,
    /** Not an H/M + 8 (or older 10) digit Mainland Travel Permit for Hong Kong and Macao Residents. */
    HK_MACAO_PERMIT_FORMAT,
    /** Not an 8-digit (or older 10-character) Mainland Travel Permit for Taiwan Residents. */
    TAIWAN_PERMIT_FORMAT,
    /** Not 3 letters + 12 digits (2004 card) nor 18 digits starting with 9 (2023 card). */
    PERMANENT_RESIDENCE_FORMAT,
    /** 2023 permanent residence card: GB 11643 check character wrong. Arguments: expected, given. */
    PERMANENT_RESIDENCE_CHECK_CHARACTER,
    /** 2023 permanent residence card: digits 7–14 are not a date. Argument: the eight digits. */
    PERMANENT_RESIDENCE_BIRTH_DATE,

    /** Not 18 characters from 0-9 and A-Y without I, O, S, V, Z. */
    USCC_FORMAT,
    /** GB 32100 check character wrong (early pilot codes can fail yet be legal). Arguments: expected, given. */
    USCC_CHECK_CHARACTER,
    /** First character is not a known registration authority. Argument: the character. */
    USCC_REGISTRATION_AUTHORITY,
    /** Second character is not a type that authority issues. Arguments: authority, type. */
    USCC_ENTITY_TYPE,
    /** Characters 3–8 are not an administrative division code. Argument: the six characters. */
    USCC_DIVISION_CODE,
    /** Characters 9–17 fail the GB 11714 organisation code check. Arguments: expected, given. */
    USCC_ORGANISATION_CODE_CHECK_CHARACTER
}
