package org.beian.interfaces.api.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.beian.application.security.Caller;
import org.beian.interfaces.security.Callers;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Who the API thinks the caller is: lets a client check its credentials. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    private Callers callers;

    @GET
    @Operation(summary = "The authenticated caller and its roles")
    public Caller me() {
        return callers.current();
    }
}
