package org.beian.infrastructure.everify.standin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.beian.domain.model.filing.PersonData;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the stand-in platform behaves; MicroProfile Config, so an operator or a test can change it (see
 * docs/operations.md, "the stand-in of the ministry's electronic verification platform").
 */
@ApplicationScoped
public class StandInPlatformSettings {

    /** How long a QR code may be scanned (Huawei's platform: 10 minutes). */
    @Inject
    @ConfigProperty(name = "beian.everify.standin.validity-seconds", defaultValue = "600")
    long validitySeconds;

    /** The face comparison fails for a principal whose name contains this text (empty: never). */
    @Inject
    @ConfigProperty(name = "beian.everify.standin.face-mismatch-trigger", defaultValue = "人脸不符")
    String faceMismatchTrigger;

    /** The face comparison fails for a principal whose certificate number ends with this (unset: never). */
    @Inject
    @ConfigProperty(name = "beian.everify.standin.face-mismatch-suffix")
    Optional<String> faceMismatchSuffix;

    /** The desk's public address; the phone page is served under it. */
    @Inject
    @ConfigProperty(name = "beian.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    public long validitySeconds() { return validitySeconds; }

    public String phoneUrl(String token) {
        return (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + "ministry/everify.xhtml?t=" + token;
    }

    /** Whether the face comparison fails for the person by the configured rules. */
    boolean faceMismatch(PersonData principal) {
        String trigger = faceMismatchTrigger.strip();
        String suffix = faceMismatchSuffix.orElse("").strip().toUpperCase(Locale.ROOT);
        String name = principal.name() == null ? "" : principal.name();
        String number = principal.certificateNumber() == null ? "" : principal.certificateNumber().strip().toUpperCase(Locale.ROOT);
        return !trigger.isEmpty() && name.contains(trigger) || !suffix.isEmpty() && number.endsWith(suffix);
    }
}
