package org.beian.interfaces.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.EnumSet;
import java.util.Set;
import org.beian.application.AccessDeniedException;
import org.beian.application.security.Caller;
import org.beian.domain.model.account.Role;

/** The authenticated caller of this request (page or API call), as the application services expect it. */
@RequestScoped
public class Callers {

    @Inject
    private SecurityContext securityContext;

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public Caller current() {
        if (securityContext.getCallerPrincipal() == null) {
            throw new AccessDeniedException();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (securityContext.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return new Caller(securityContext.getCallerPrincipal().getName(), roles);
    }
}
