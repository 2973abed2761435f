package org.beian.domain.model.filing;

/**
 * How an order's website principal verifies in person (办理拍照 / 真实性核验, filing-process §4 step 6,
 * beyond-the-seed §5): the applicant chooses per order, and may change the choice until a photo is in.
 */
public enum VerificationMethod {
    /** At a verification point (核验点) of the province: its staff take and upload the photo. */
    POINT,
    /** With the provider's blue curtain (幕布), mailed by courier: the applicant uploads the photo. */
    CURTAIN,
    /** On the ministry's electronic verification platform (电子化核验): a QR code opened on a phone. */
    ELECTRONIC
}
