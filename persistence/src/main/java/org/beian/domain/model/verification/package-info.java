/**
 * Verification codes: 6-digit codes sent to an e-mail address or a mobile to prove it is the sender's,
 * with their policy (expiry, wrong attempts, resend cooldown and daily limit) in {@link
 * org.beian.domain.model.verification.VerificationCode}.
 */
package org.beian.domain.model.verification;
