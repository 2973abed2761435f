package org.beian.application.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A curtain handed to the courier: which courier, and the tracking number (运单号) the applicant can follow. */
public record CurtainShipment(long requestId, @NotBlank @Size(max = 32) String courier, @NotBlank @Size(max = 64) String trackingNumber)
        implements Serializable {
}
