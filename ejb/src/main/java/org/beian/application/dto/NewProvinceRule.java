package org.beian.application.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A province rule an administrator adds: the key's value in the province from a day on, and where it comes from. */
public record NewProvinceRule(@NotBlank @Pattern(regexp = "\\d{6}") String provinceCode, @NotBlank @Size(max = 64) String ruleKey,
                              @NotNull @Size(max = 500) String value, @NotNull LocalDate effectiveFrom,
                              @NotBlank @Size(max = 300) String source) implements Serializable {
}
