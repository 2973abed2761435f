package org.beian.application.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** An authorisation code issued for an account on one of its resources, valid for some days. */
public record NewAuthorisationCode(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 64) String instanceId,
                                   @Min(1) @Max(365) int validDays) implements Serializable {
}
