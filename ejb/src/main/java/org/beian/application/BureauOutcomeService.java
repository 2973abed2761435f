package org.beian.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The bureau's answers (from the simulator or the REST callback). Each is idempotent per order. */
public interface BureauOutcomeService {

    /** The bureau approved: numbers issued; the registry takes over the order's proposal. */
    OrderView approved(@NotBlank String orderNumber, @NotNull @Valid BureauApproval approval);

    OrderView rejected(@NotBlank String orderNumber, @NotBlank String reason);

    /** The ministry's SMS check failed (5 wrong codes or timeout): the order returns to the provider. */
    OrderView smsCheckFailed(@NotBlank String orderNumber, @NotBlank String reason);
}
