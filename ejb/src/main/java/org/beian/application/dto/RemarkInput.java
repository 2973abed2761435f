package org.beian.application.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A reviewer's remark on one field: where, what is wrong, how to fix it, and the reason template it
 * started from (null: the reviewer's own words).
 */
public record RemarkInput(@NotBlank @Size(max = 200) String fieldPath, @NotBlank @Size(max = 1000) String reason,
                          @Size(max = 1000) String suggestion, @Size(max = 48) String reasonCode) implements Serializable {

    public RemarkInput(String fieldPath, String reason, String suggestion) {
        this(fieldPath, reason, suggestion, null);
    }
}
