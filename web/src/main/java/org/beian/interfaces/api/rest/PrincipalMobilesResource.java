package org.beian.interfaces.api.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.beian.application.desk.ApplicantDesk;
import org.beian.application.dto.CodeSent;
import org.beian.interfaces.security.Callers;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Principals' mobiles confirmed by SMS code, as the wizard does it: an order may name only confirmed mobiles. */
@Path("principal-mobiles/{mobile}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PrincipalMobilesResource {

    public record Confirmation(String code) {}

    @Inject
    private ApplicantDesk applicant;

    @Inject
    private Callers callers;

    @POST
    @Path("code")
    @Operation(summary = "Send a 6-digit code to the mobile", description = "400 with error.code.cooldown within a minute of the last code, error.code.dailyLimit after five a day.")
    public CodeSent sendCode(@PathParam("mobile") String mobile) {
        return applicant.sendPrincipalMobileCode(callers.current(), mobile);
    }

    @POST
    @Path("confirmation")
    @Operation(summary = "Confirm the mobile with the code it received")
    public void confirm(@PathParam("mobile") String mobile, @NotNull Confirmation confirmation) {
        applicant.confirmPrincipalMobile(callers.current(), mobile, confirmation.code());
    }
}
