package org.beian.application.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A suffix an administrator adds, typed in either form (.中国 or xn--fiqs8s), and why (the note). */
public record NewFileableTld(@NotBlank @Size(max = 64) String suffix, boolean fileable, @Size(max = 200) String note)
        implements Serializable {
}
