package org.beian.application.port;

import java.time.Instant;

/**
 * The ministry's electronic verification platform (部电子化核验支撑平台, beyond-the-seed §5): for a website
 * principal it opens a session that the principal enters by scanning a QR code; on the phone it reads the
 * identity card, compares the face with it and checks that a live person is there. Its answer comes back
 * through {@link org.beian.application.desk.VerificationPlatformDesk}: passed, with the verification photo
 * and the signed electronic verification form, or failed with a reason. The stand-in
 * ({@code infrastructure.everify.standin}) plays it unless a real platform is configured.
 */
public interface ElectronicVerificationPlatform {

    /** Who verifies for which order: the website principal as the order names them. */
    record Principal(String orderNumber, String name, String certificateType, String certificateNumber) {}

    /**
     * The platform's session: its reference (the desk hands it back with every answer), the address the QR
     * code holds, and until when the code may be scanned.
     */
    record Ticket(String reference, String phoneUrl, Instant expiresAt) {}

    /** Opens a session; called inside the transaction that records it. */
    Ticket open(Principal principal);

    /** The desk replaced the session with a new one (a refreshed code): the platform refuses it from now on. */
    void cancel(String reference);
}
