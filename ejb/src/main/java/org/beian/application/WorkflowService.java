package org.beian.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.workflow.OrderAction;

/**
 * The filing workflow: applicants' and reviewers' steps. Every step goes through the one state
 * machine, records its history entry and raises its application event in the same transaction.
 */
public interface WorkflowService {

    // ---- applicants

    /** Submits for the initial review (refused while the checks report errors); idempotent on the client key. */
    OrderView submit(@NotNull Caller caller, @NotNull @Valid SubmitRequest request);

    /** Withdraws before the initial-review result. */
    OrderView withdraw(@NotNull Caller caller, @NotBlank String orderNumber, @Size(max = 1000) String reason);

    /** Abandons before the order is at the bureau. */
    OrderView abandon(@NotNull Caller caller, @NotBlank String orderNumber, @Size(max = 1000) String reason);

    /** Submits the curtain photo (a JPEG from the caller's document library) for the re-review. */
    OrderView submitPhoto(@NotNull Caller caller, @NotBlank String orderNumber, long documentId);

    // ---- reviewers

    /** Takes the order for review; refused while another reviewer's claim runs. */
    OrderView claim(@NotNull Caller caller, @NotBlank String orderNumber);

    void release(@NotNull Caller caller, @NotBlank String orderNumber);

    OrderView approveInitial(@NotNull Caller caller, @NotBlank String orderNumber, @Size(max = 1000) String note);

    /** Rejects with per-field remarks; the applicant sees each on its field. */
    OrderView rejectInitial(@NotNull Caller caller, @NotBlank String orderNumber, @NotEmpty List<@Valid RemarkInput> remarks);

    /** Fixes small mistakes in place, only if the applicant agreed to assisted correction. */
    OrderView correct(@NotNull Caller caller, @NotBlank String orderNumber, @NotNull FilingSnapshot corrected,
                      @NotBlank @Size(max = 500) String reason);

    OrderView approvePhoto(@NotNull Caller caller, @NotBlank String orderNumber);

    OrderView rejectPhoto(@NotNull Caller caller, @NotBlank String orderNumber, @NotBlank @Size(max = 1000) String reason);

    /** Hands one or many orders to the bureau. */
    List<OrderView> submitToBureau(@NotNull Caller caller, @NotEmpty List<@NotBlank String> orderNumbers);

    /** What the caller may do with the order now (the buttons a page shows). */
    Set<OrderAction> allowedActions(@NotNull Caller caller, @NotBlank String orderNumber);
}
