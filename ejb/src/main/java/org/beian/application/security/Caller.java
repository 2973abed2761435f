package org.beian.application.security;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;
import org.beian.domain.model.account.Role;

/**
 * Who is asking. The interfaces layer builds it from the authenticated principal (Faces, REST); the
 * services decide with it whether the caller may see or change each object.
 */
public record Caller(String username, Set<Role> roles) implements Serializable {

    public Caller {
        Objects.requireNonNull(username);
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Reviewers and administrators act on every applicant's orders. */
    public boolean isStaff() {
        return has(Role.REVIEWER) || has(Role.ADMIN);
    }
}
