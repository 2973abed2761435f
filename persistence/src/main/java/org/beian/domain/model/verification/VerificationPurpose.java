package org.beian.domain.model.verification;

/** What a verification code proves. Stored by name: never rename a constant. */
public enum VerificationPurpose {
    /** The e-mail address given at self-registration receives mail. */
    REGISTRATION_EMAIL,
    /** The mobile given at self-registration receives SMS. */
    REGISTRATION_MOBILE,
    /** The account holder has the account's mobile (password reset). */
    PASSWORD_RESET,
    /** The filing wizard's check that a website principal has the mobile entered for them. */
    PRINCIPAL_MOBILE
}
