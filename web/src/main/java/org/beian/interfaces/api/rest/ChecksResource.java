package org.beian.interfaces.api.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.beian.application.desk.ApplicantDesk;
import org.beian.application.dto.CheckReport;
import org.beian.application.dto.DeterminationView;
import org.beian.domain.model.check.catalogue.StartFilingRequest;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderType;
import org.beian.interfaces.security.Callers;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The pre-submission checks for a draft: every finding at once, each naming its field and the fix, in
 * the language of the Accept-Language header (Chinese unless English is asked for).
 */
@Path("checks")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ChecksResource {

    /** A draft to check: its type, what it proposes, and the filing password where the type needs one (the service validates). */
    public record DraftCheck(OrderType type, FilingSnapshot snapshot, String filingPassword) {}

    @Inject
    private ApplicantDesk applicant;

    @Inject
    private Callers callers;

    @Context
    private HttpHeaders headers;

    @POST
    @Operation(summary = "Check a draft order", description = "Returns all findings (ERROR blocks submission, WARNING informs).")
    public CheckReport check(@NotNull DraftCheck draft) {
        return applicant.checkDraft(callers.current(), draft.type(), draft.snapshot(), draft.filingPassword(), ApiMessages.locale(headers));
    }

    @POST
    @Path("determination")
    @Operation(summary = "Determine the filing type (开始备案)",
            description = "From region, nature, certificate, domains and cloud service: the type, or why none applies.")
    public DeterminationView determine(@NotNull StartFilingRequest request) {
        return applicant.determine(callers.current(), request, ApiMessages.locale(headers));
    }
}
