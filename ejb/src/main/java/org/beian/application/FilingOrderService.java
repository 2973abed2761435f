package org.beian.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.beian.domain.model.filing.FilingSnapshot;

/** Applicants' orders: create, read and edit drafts. Every call checks that the caller may touch the order. */
public interface FilingOrderService {

    /** Creates a draft, or returns the order an earlier call with the same client key created. */
    OrderView startDraft(@NotNull Caller caller, @NotNull @Valid NewOrder order);

    /**
     * Replaces what a draft proposes. {@code expectedVersion} is the version the caller read; if someone
     * changed the order since, nothing is saved and a {@link ConcurrentChangeException} says so.
     */
    OrderView saveDraft(@NotNull Caller caller, @NotBlank String orderNumber, long expectedVersion,
                        @NotNull FilingSnapshot snapshot);

    OrderView get(@NotNull Caller caller, @NotBlank String orderNumber);
}
