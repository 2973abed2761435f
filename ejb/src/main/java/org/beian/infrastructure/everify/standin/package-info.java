/**
 * STAND-IN of the ministry's electronic verification platform (部电子化核验支撑平台): it opens sessions for
 * the desk ({@link org.beian.infrastructure.everify.standin.StandInVerificationPlatform}, the adapter of
 * the {@code ElectronicVerificationPlatform} port), serves the phone page {@code /ministry/everify.xhtml}
 * through {@link org.beian.infrastructure.everify.standin.PhoneVerification}, decides pass or fail by
 * configurable rules ({@link org.beian.infrastructure.everify.standin.StandInPlatformSettings}) and
 * answers through the desk's {@code VerificationPlatformDesk}. A real platform replaces all of it: an
 * adapter of the port that calls the platform's API, and a callback that calls the same desk.
 */
package org.beian.infrastructure.everify.standin;
