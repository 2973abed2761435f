package org.beian.application.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The answers of the ministry's electronic verification platform (部电子化核验支撑平台), from its stand-in
 * or a real platform's callback, for a session the desk opened through
 * {@link org.beian.application.port.ElectronicVerificationPlatform}. An answer for a session that is no
 * longer open — expired, replaced by a refreshed code, or answered before — changes nothing and fails
 * with {@code error.everify.closed}; so does one for an order that no longer waits for its photo.
 */
public interface VerificationPlatformDesk {

    /**
     * The principal passed: the verification photo (the face photo, a JPEG of at most 2 MB) becomes the
     * order's photo, the signed electronic verification form (a PDF) is attached, and the order goes to
     * the re-review.
     */
    void passed(@NotBlank @Size(max = 64) String reference, @NotNull byte[] photo, @NotNull byte[] form);

    /** The principal failed, for the reason (a message key {@code everify.failed.*}); the order keeps waiting. */
    void failed(@NotBlank @Size(max = 64) String reference, @NotBlank @Pattern(regexp = "everify\\.failed\\.[A-Z_]{1,40}") String reasonKey);
}
