package org.beian.interfaces.api.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.beian.application.AccessDeniedException;
import org.beian.application.desk.BureauDesk;
import org.beian.application.dto.BureauApproval;
import org.beian.application.dto.OrderView;
import org.beian.domain.model.account.Role;
import org.beian.interfaces.security.Callers;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Where a real bureau gateway reports outcomes. Only administrators' (system) accounts may call it;
 * each outcome is idempotent, so a retried callback changes nothing.
 */
@Path("bureau/orders/{number}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BureauCallbackResource {

    public record Approved(String subjectIcpNumber, List<String> websiteIcpNumbers, String filingPasswordHash) {}

    public record Refused(String reason) {}

    @Inject
    private BureauDesk outcomes;

    @Inject
    private Callers callers;

    @POST
    @Path("approval")
    @Operation(summary = "The bureau approved the order and issued its numbers")
    public OrderView approved(@PathParam("number") String number, Approved approved) {
        requireSystem();
        return outcomes.approved(number, new BureauApproval(approved.subjectIcpNumber(), approved.websiteIcpNumbers(),
                approved.filingPasswordHash()));
    }

    @POST
    @Path("rejection")
    @Operation(summary = "The bureau rejected the order")
    public OrderView rejected(@PathParam("number") String number, Refused refused) {
        requireSystem();
        return outcomes.rejected(number, refused.reason());
    }

    @POST
    @Path("sms-check-pass")
    @Operation(summary = "Every principal answered the ministry's SMS check; the bureau decides now")
    public OrderView smsCheckPassed(@PathParam("number") String number) {
        requireSystem();
        return outcomes.smsCheckPassed(number);
    }

    @POST
    @Path("sms-check-failure")
    @Operation(summary = "The ministry's SMS check failed; the order returns to the provider")
    public OrderView smsCheckFailed(@PathParam("number") String number, Refused refused) {
        requireSystem();
        return outcomes.smsCheckFailed(number, refused.reason());
    }

    private void requireSystem() {
        if (!callers.current().has(Role.ADMIN)) {
            throw new AccessDeniedException();
        }
    }
}
