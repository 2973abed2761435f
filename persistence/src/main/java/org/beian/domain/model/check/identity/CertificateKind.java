package org.beian.domain.model.check.identity;

/** The certificate types whose numbers the desk checks; subject natures allow a subset of them. */
public enum CertificateKind {
    /** 居民身份证 */
    RESIDENT_ID,
    /** 护照 (Chinese or foreign) */
    PASSPORT,
    /** 港澳居民来往内地通行证 */
    HK_MACAO_PERMIT,
    /** 台湾居民来往大陆通行证 */
    TAIWAN_PERMIT,
    /** 港澳台居民居住证 */
    HK_MACAO_TAIWAN_RESIDENCE_PERMIT,
    /** 外国人永久居留身份证 */
    FOREIGNER_PERMANENT_RESIDENCE,
    /** 营业执照 and other certificates carrying a unified social credit code */
    BUSINESS_LICENCE,
    /** Anything else (e.g. military ID): only length is checked. */
    OTHER
}
