package org.beian.application.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A reason template as administrators edit it and reviewers pick it (code: upper-case letters, digits, _). */
public record ReasonTemplateView(@NotBlank @Size(max = 48) @Pattern(regexp = "[A-Z][A-Z0-9_]*") String code,
                                 @NotBlank @Size(max = 1000) String textZh, @NotBlank @Size(max = 1000) String textEn,
                                 @Min(0) @Max(100_000) int sortOrder, boolean active) implements Serializable {
}
