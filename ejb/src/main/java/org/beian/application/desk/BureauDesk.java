package org.beian.application.desk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.beian.application.dto.BureauApproval;
import org.beian.application.dto.OrderView;

/**
 * The bureau's side: its answers, from the REST callback or the built-in simulator. Each is
 * idempotent per order: the bureau may deliver the same outcome twice.
 */
public interface BureauDesk {

    /** The bureau approved: numbers issued; the registry takes over the order's proposal. */
    OrderView approved(@NotBlank String orderNumber, @NotNull @Valid BureauApproval approval);

    OrderView rejected(@NotBlank String orderNumber, @NotBlank String reason);

    /** Every principal answered the ministry's SMS check: the bureau decides now (the console shows it). */
    OrderView smsCheckPassed(@NotBlank String orderNumber);

    /** The ministry's SMS check failed (5 wrong codes or timeout): the order returns to the provider. */
    OrderView smsCheckFailed(@NotBlank String orderNumber, @NotBlank String reason);
}
