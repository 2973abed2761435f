package org.beian.application.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * Submitting an order for the provider's initial review. The applicant must agree to the
 * assisted-correction terms; {@code clientKey} makes a repeated click or retry the same submission;
 * access filings and subject cancellations carry the subject's filing password (never stored).
 */
public record SubmitRequest(@NotBlank String orderNumber, long expectedVersion, boolean agreeToAssistedCorrection,
                            @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]*") String clientKey,
                            @Size(max = 64) String filingPassword) implements Serializable {
}
