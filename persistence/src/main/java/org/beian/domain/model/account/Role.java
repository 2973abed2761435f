package org.beian.domain.model.account;

/** The roles Beian grants. Names are also the security roles and the groups of the identity store. */
public enum Role {
    APPLICANT,
    REVIEWER,
    ADMIN;

    /** Role names as constants for security annotations, which need compile-time strings. */
    public static final class Names {
        public static final String APPLICANT = "APPLICANT";
        public static final String REVIEWER = "REVIEWER";
        public static final String ADMIN = "ADMIN";

        private Names() {}
    }
}
