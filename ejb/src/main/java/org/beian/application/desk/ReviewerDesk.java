package org.beian.application.desk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.beian.application.dto.ChangesSinceRejection;
import org.beian.application.dto.CheckReport;
import org.beian.application.dto.Choice;
import org.beian.application.dto.ClaimView;
import org.beian.application.dto.DashboardView;
import org.beian.application.dto.ReasonTemplateView;
import org.beian.application.dto.OrderView;
import org.beian.application.dto.QueuePage;
import org.beian.application.dto.RemarkInput;
import org.beian.application.dto.SubjectView;
import org.beian.application.security.Caller;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.QueueCursor;
import org.beian.domain.model.filing.QueueFilter;
import org.beian.domain.model.filing.workflow.OrderAction;

/**
 * The reviewer's desk: the console's queues, one order's review with field remarks and assisted
 * correction, the photo re-review and the hand-over to the bureau. Staff only. Decisions need the
 * order claimed by the caller: one reviewer at a time.
 */
public interface ReviewerDesk {

    /**
     * One page of a queue, oldest submission first, after {@code after} (null: the first page) — keyset
     * paging on (submitted, id) — with the queue's size counted up to {@link QueuePage#COUNT_LIMIT}.
     */
    QueuePage queue(@NotNull Caller caller, @NotNull QueueFilter filter, QueueCursor after, @Min(1) @Max(200) int size);

    /** The dashboard's figures now, reason labels in the caller's language. */
    DashboardView dashboard(@NotNull Caller caller, @NotNull Locale locale);

    /** The reason templates a reviewer may pick, in their order. */
    List<ReasonTemplateView> reasonTemplates(@NotNull Caller caller);

    /** The provinces, for the queues' filter. */
    List<Choice> provinces();

    /** The subjects' natures in the caller's language, for the queues' filter. */
    List<Choice> natures(@NotNull Locale locale);

    OrderView getOrder(@NotNull Caller caller, @NotBlank String orderNumber);

    CheckReport checkOrder(@NotNull Caller caller, @NotBlank String orderNumber, @NotNull Locale locale);

    SubjectView getSubject(@NotNull Caller caller, @NotBlank String subjectIcpNumber);

    /** What the caller may do with the order now (the buttons a page shows). */
    Set<OrderAction> allowedActions(@NotNull Caller caller, @NotBlank String orderNumber);

    /** An uploaded image of any applicant's (JPEG bytes), for the review screen's viewer. */
    byte[] documentContent(@NotNull Caller caller, long documentId);

    /** Who holds the order now (the claim runs 30 minutes from the reviewer's last step). */
    ClaimView claimOf(@NotNull Caller caller, @NotBlank String orderNumber);

    /** What the order changes against what it proposed when it was last rejected (the review screen's diff). */
    ChangesSinceRejection changesSinceRejection(@NotNull Caller caller, @NotBlank String orderNumber);

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
}
