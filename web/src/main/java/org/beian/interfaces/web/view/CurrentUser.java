package org.beian.interfaces.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import org.beian.domain.model.account.Role;

/** Who is signed in, for the layout's header and navigation; and signing out. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private ExternalContext externalContext;

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getName() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean isApplicant() { return securityContext.isCallerInRole(Role.Names.APPLICANT); }
    public boolean isReviewer() { return securityContext.isCallerInRole(Role.Names.REVIEWER); }
    public boolean isAdmin() { return securityContext.isCallerInRole(Role.Names.ADMIN); }

    public void signOut() throws IOException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        try {
            request.logout();
        } catch (jakarta.servlet.ServletException e) {
            // The session is invalidated below either way.
        }
        externalContext.invalidateSession();
        externalContext.redirect(externalContext.getRequestContextPath() + "/login.xhtml");
    }
}
