package org.beian.interfaces.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.beian.domain.model.account.Role;

/** Sends a visitor of / to the landing page of their role, or to the login page. */
@Named("landing")
@RequestScoped
public class LandingBacking {

    @Inject
    private SecurityContext securityContext;

    public String route() {
        if (securityContext.getCallerPrincipal() == null) {
            return "/login?faces-redirect=true";
        }
        return home();
    }

    /** The landing page of the current caller's most specific role. */
    public String home() {
        if (securityContext.isCallerInRole(Role.Names.ADMIN)) {
            return "/admin/index?faces-redirect=true";
        }
        if (securityContext.isCallerInRole(Role.Names.REVIEWER)) {
            return "/review/index?faces-redirect=true";
        }
        if (securityContext.isCallerInRole(Role.Names.APPLICANT)) {
            return "/portal/index?faces-redirect=true";
        }
        return "/login?faces-redirect=true";
    }
}
