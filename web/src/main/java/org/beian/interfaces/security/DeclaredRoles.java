package org.beian.interfaces.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import org.beian.domain.model.account.Role;

/** The roles the web module's security constraints name (web.xml); their mapping is in glassfish-application.xml. */
@DeclareRoles({Role.Names.APPLICANT, Role.Names.REVIEWER, Role.Names.ADMIN})
@ApplicationScoped
public class DeclaredRoles {
}
