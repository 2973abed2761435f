package org.beian.infrastructure.everify.standin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import org.beian.application.port.ElectronicVerificationPlatform;

/**
 * STAND-IN. Opens the platform's session: a long random, url-safe token (the reference the desk keeps)
 * in the address of the phone page this application serves, valid for the configured time. The stand-in
 * keeps nothing of its own: the phone page reads the desk's session row by the token, so a code the desk
 * replaced or that expired is refused there, and {@link #cancel} has nothing left to do.
 */
@ApplicationScoped
public class StandInVerificationPlatform implements ElectronicVerificationPlatform {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private StandInPlatformSettings settings;

    @Override
    public Ticket open(Principal principal) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Ticket(token, settings.phoneUrl(token), Instant.now().plusSeconds(settings.validitySeconds()));
    }

    @Override
    public void cancel(String reference) {
        // The desk has marked the session replaced; the phone page reads that state.
    }
}
