package org.beian.application.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderType;

/**
 * A new order. {@code clientKey} makes creation idempotent: the same key from the same account returns
 * the order created the first time. {@code subjectIcpNumber} names the filed subject for types that
 * concern one.
 */
public record NewOrder(@NotNull OrderType type, @Size(max = 32) String subjectIcpNumber, @NotNull FilingSnapshot snapshot,
                       @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]*") String clientKey) implements Serializable {
}
