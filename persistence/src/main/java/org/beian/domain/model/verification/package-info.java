/**
 * Verification codes: 6-digit codes sent to an e-mail address or a mobile to prove it is the sender's,
 * with their policy (expiry, wrong attempts, resend cooldown and daily limit) in {@link
 * org.beian.domain.model.verification.VerificationCode}; the principal mobiles an account confirmed
 * ({@link org.beian.domain.model.verification.MobileConfirmation}); and the sessions of the ministry's
 * electronic verification (电子化核验, {@link org.beian.domain.model.verification.ElectronicVerification}),
 * one per QR code.
 */
package org.beian.domain.model.verification;
