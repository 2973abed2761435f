package org.beian.domain.model.filing.workflow;

import java.util.Objects;
import java.util.Set;
import org.beian.domain.model.account.Role;

/**
 * Who triggers a transition. {@code name} is what the order history records (a user name, or
 * {@code system} / {@code bureau}); {@code accountId} identifies an applicant, who may act only on the
 * orders of its own account.
 */
public record Actor(Kind kind, String name, Long accountId) {

    /** The longest name the order history stores. */
    public static final int MAX_NAME_LENGTH = 64;

    public static final Actor SYSTEM = new Actor(Kind.SYSTEM, "system", null);
    public static final Actor BUREAU = new Actor(Kind.BUREAU, "bureau", null);
    /** The ministry's electronic verification platform (部电子化核验支撑平台), or its stand-in. */
    public static final Actor VERIFICATION_PLATFORM = new Actor(Kind.BUREAU, "verification-platform", null);

    public enum Kind {
        /** A customer of the provider; acts on its own account's orders only. */
        APPLICANT,
        /** The provider's filing staff. */
        REVIEWER,
        /** The provider's administrators; they may stand in for reviewers. */
        ADMIN,
        /** The desk's own timers and batch jobs. */
        SYSTEM,
        /**
         * The provincial bureau and the ministry (its SMS check, its electronic verification platform), through
         * the gateway or its stand-ins.
         */
        BUREAU
    }

    public Actor {
        Objects.requireNonNull(kind);
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("An actor needs a name of 1 to " + MAX_NAME_LENGTH + " characters: " + name);
        }
        if (kind == Kind.APPLICANT && accountId == null) {
            throw new IllegalArgumentException("An applicant is known by its account");
        }
    }

    public static Actor applicant(long accountId, String username) {
        return new Actor(Kind.APPLICANT, username, accountId);
    }

    public static Actor reviewer(String username) {
        return new Actor(Kind.REVIEWER, username, null);
    }

    public static Actor admin(String username) {
        return new Actor(Kind.ADMIN, username, null);
    }

    /**
     * The actor for a signed-in user. A member of staff acts as staff even on an order of its own
     * account: reviewing one's own filing is not something to make easy.
     */
    public static Actor of(String username, long accountId, Set<Role> roles) {
        if (roles.contains(Role.REVIEWER)) {
            return new Actor(Kind.REVIEWER, username, accountId);
        }
        if (roles.contains(Role.ADMIN)) {
            return new Actor(Kind.ADMIN, username, accountId);
        }
        if (roles.contains(Role.APPLICANT)) {
            return applicant(accountId, username);
        }
        throw new IllegalArgumentException(username + " has no role that acts on orders");
    }

    public boolean isStaff() {
        return kind == Kind.REVIEWER || kind == Kind.ADMIN;
    }

    /** Whether this actor is the applicant who owns the order's account. */
    public boolean owns(long orderAccountId) {
        return kind == Kind.APPLICANT && accountId == orderAccountId;
    }
}
