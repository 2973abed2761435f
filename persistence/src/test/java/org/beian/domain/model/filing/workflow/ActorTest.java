package org.beian.domain.model.filing.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.beian.domain.model.account.Role;
import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void aSignedInUserActsInItsStrongestRole() {
        assertEquals(Actor.Kind.APPLICANT, Actor.of("zhang.wei", 7, Set.of(Role.APPLICANT)).kind());
        assertEquals(Actor.Kind.REVIEWER, Actor.of("wang.fang", 3, Set.of(Role.REVIEWER)).kind());
        assertEquals(Actor.Kind.ADMIN, Actor.of("admin", 4, Set.of(Role.ADMIN)).kind());
        assertEquals(Actor.Kind.REVIEWER, Actor.of("lead", 5, Set.of(Role.ADMIN, Role.REVIEWER)).kind());
        assertEquals(Actor.Kind.REVIEWER, Actor.of("both", 6, Set.of(Role.APPLICANT, Role.REVIEWER)).kind());
        assertThrows(IllegalArgumentException.class, () -> Actor.of("nobody", 9, Set.of()));
    }

    @Test
    void onlyTheApplicantOfTheAccountOwnsItsOrders() {
        assertTrue(Actor.applicant(7, "zhang.wei").owns(7));
        assertFalse(Actor.applicant(8, "li.na").owns(7));
        assertFalse(Actor.of("staff", 7, Set.of(Role.REVIEWER)).owns(7), "staff act as staff, even on their own account");
        assertFalse(Actor.SYSTEM.owns(7));
    }

    @Test
    void staffAreReviewersAndAdministrators() {
        assertTrue(Actor.reviewer("wang.fang").isStaff());
        assertTrue(Actor.admin("admin").isStaff());
        assertFalse(Actor.applicant(7, "zhang.wei").isStaff());
        assertFalse(Actor.BUREAU.isStaff());
    }

    @Test
    void anActorHasANameTheHistoryCanKeep() {
        assertThrows(IllegalArgumentException.class, () -> Actor.reviewer(" "));
        assertThrows(IllegalArgumentException.class, () -> Actor.reviewer(null));
        assertThrows(IllegalArgumentException.class, () -> Actor.reviewer("r".repeat(Actor.MAX_NAME_LENGTH + 1)));
        assertEquals(Actor.MAX_NAME_LENGTH, Actor.reviewer("r".repeat(Actor.MAX_NAME_LENGTH)).name().length());
    }

    @Test
    void anApplicantIsKnownByItsAccount() {
        assertThrows(IllegalArgumentException.class, () -> new Actor(Actor.Kind.APPLICANT, "zhang.wei", null));
    }
}
