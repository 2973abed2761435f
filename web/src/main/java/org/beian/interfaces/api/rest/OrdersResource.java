package org.beian.interfaces.api.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.beian.application.desk.ApplicantDesk;
import org.beian.application.dto.CheckReport;
import org.beian.application.dto.NewOrder;
import org.beian.application.dto.OrderView;
import org.beian.application.dto.SubmitRequest;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.interfaces.security.Callers;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Applicants' orders over HTTP, under the same rules as the portal: an account sees only its own. */
@Path("orders")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OrdersResource {

    public record Draft(long version, FilingSnapshot snapshot) {}

    public record Submission(long version, boolean agreeToAssistedCorrection, String clientKey, String filingPassword) {}

    public record Reason(String reason) {}

    @Inject
    private ApplicantDesk applicant;

    @Inject
    private Callers callers;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @POST
    @Operation(summary = "Create a draft order", description = "Idempotent on clientKey: the same key returns the same order.")
    public Response create(@NotNull NewOrder order) {
        OrderView created = applicant.startDraft(callers.current(), order);
        return Response.created(uri.getAbsolutePathBuilder().path(created.orderNumber()).build()).entity(created).build();
    }

    @GET
    @Path("{number}")
    @Operation(summary = "Read an order with its state, deadlines and history")
    public OrderView get(@PathParam("number") String number) {
        return applicant.getOrder(callers.current(), number);
    }

    @PUT
    @Path("{number}")
    @Operation(summary = "Save a draft", description = "409 when the order changed since the version sent.")
    public OrderView save(@PathParam("number") String number, @NotNull Draft draft) {
        return applicant.saveDraft(callers.current(), number, draft.version(), draft.snapshot());
    }

    @GET
    @Path("{number}/checks")
    @Operation(summary = "Check a stored order, its documents included")
    public CheckReport check(@PathParam("number") String number) {
        return applicant.checkOrder(callers.current(), number, null, ApiMessages.locale(headers));
    }

    @POST
    @Path("{number}/submission")
    @Operation(summary = "Submit for the initial review", description = "Refused with the findings while the checks report errors.")
    public OrderView submit(@PathParam("number") String number, @NotNull Submission submission) {
        return applicant.submit(callers.current(), new SubmitRequest(number, submission.version(),
                submission.agreeToAssistedCorrection(), submission.clientKey(), submission.filingPassword()));
    }

    @POST
    @Path("{number}/withdrawal")
    @Operation(summary = "Withdraw before the initial-review result")
    public OrderView withdraw(@PathParam("number") String number, Reason reason) {
        return applicant.withdraw(callers.current(), number, reason == null ? null : reason.reason());
    }

    @POST
    @Path("{number}/abandonment")
    @Operation(summary = "Abandon before the order is at the bureau")
    public OrderView abandon(@PathParam("number") String number, Reason reason) {
        return applicant.abandon(callers.current(), number, reason == null ? null : reason.reason());
    }
}
