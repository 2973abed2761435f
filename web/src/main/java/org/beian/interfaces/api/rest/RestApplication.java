package org.beian.interfaces.api.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API under /api; its OpenAPI document is served by Payara at /openapi. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Beian ICP filing desk API", version = "1",
                description = "Applicants' filing orders and pre-submission checks; the bureau's callback. "
                        + "Every call authenticates with HTTP Basic and sees only what the account may see."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
