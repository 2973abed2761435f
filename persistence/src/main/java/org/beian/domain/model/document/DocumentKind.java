package org.beian.domain.model.document;

/** What an uploaded image shows. */
public enum DocumentKind {
    /** 营业执照 or another organisation certificate */
    ORGANISATION_CERTIFICATE,
    /** Identity document, front (人像面) */
    IDENTITY_FRONT,
    /** Identity document, back (国徽面) */
    IDENTITY_BACK,
    /** Both sides of an identity document in one image */
    IDENTITY_BOTH_SIDES,
    /** 网站备案信息真实性核验单, signed (and stamped) */
    VERIFICATION_FORM,
    /** 幕布照片 */
    CURTAIN_PHOTO,
    /** 核验照片: the principal's face photo from the ministry's electronic verification (a JPEG the platform sends) */
    VERIFICATION_PHOTO,
    /** ICP 备案信息电子化真实性核验单: the electronic verification form the principal signed on the phone (a PDF) */
    ELECTRONIC_VERIFICATION_FORM,
    /** 前置审批 documents */
    PRE_APPROVAL,
    /** 就业证明, authorisation letters, the ministry's proof letters, … */
    OTHER
}
