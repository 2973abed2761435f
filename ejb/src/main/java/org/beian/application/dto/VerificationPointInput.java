package org.beian.application.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A verification point an administrator adds ({@code id} null) or changes. The province is fixed once
 * added (a point that moves to another province is another point); the address must begin with it.
 */
public record VerificationPointInput(Long id, @NotBlank @Pattern(regexp = "\\d{6}") String provinceCode,
                                     @NotBlank @Size(max = 128) String name, @NotBlank @Size(max = 300) String address,
                                     @NotBlank @Size(max = 128) String openingHours, @Size(max = 32) String phone,
                                     @NotNull BigDecimal latitude, @NotNull BigDecimal longitude) implements Serializable {
}
