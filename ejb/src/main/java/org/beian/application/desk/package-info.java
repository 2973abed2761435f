/**
 * Facades, one per audience: {@link org.beian.application.desk.ApplicantDesk} (portal),
 * {@link org.beian.application.desk.ReviewerDesk} (console), {@link org.beian.application.desk.AdministrationDesk},
 * {@link org.beian.application.desk.AccountDesk} (every account holder: account and inbox),
 * {@link org.beian.application.desk.BureauDesk} (the bureau's answers),
 * {@link org.beian.application.desk.VerificationPlatformDesk} (the answers of the ministry's electronic verification platform) and
 * {@link org.beian.application.desk.SystemDesk} (the desk's own consumers and timers). Interfaces with
 * Bean Validation, DTOs in and out; the interfaces layer injects only these. Implementations are in
 * {@code internal}; each write translates technical conflicts into business errors.
 */
package org.beian.application.desk;
