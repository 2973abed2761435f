package org.beian.application.internal;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Set;
import org.beian.domain.model.filing.workflow.Actor;
import org.beian.application.security.Authorization;
import org.beian.application.security.Caller;
import org.beian.domain.model.BeijingTime;
import org.beian.domain.model.account.Account;
import org.beian.domain.model.account.Role;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.filing.workflow.OrderStateMachine;

/**
 * The real application beans ({@link Registry}, {@link ApplicantSteps}, {@link ReviewSteps},
 * {@link ElectronicVerifications}, {@link Documents}, {@link Transitions}, {@link Authorization}) wired to
 * in-memory fakes, one set per test.
 */
final class InMemoryDesk {

    final InMemoryFilingOrders orders = new InMemoryFilingOrders();
    final InMemoryRegistry registryRows = new InMemoryRegistry();
    final InMemoryAccounts accounts = new InMemoryAccounts();
    final InMemoryDocuments documents = new InMemoryDocuments();
    final FixedReferenceData referenceData = new FixedReferenceData();
    final FakeNationalRegistry nationalRegistry = new FakeNationalRegistry();
    final RecordingEvents events = new RecordingEvents();
    final RecordingBureauGateway bureau = new RecordingBureauGateway();
    final FixedChecks checks = new FixedChecks();
    final InMemoryElectronicVerifications verificationSessions = new InMemoryElectronicVerifications();
    final RecordingVerificationPlatform platform = new RecordingVerificationPlatform();

    final Authorization authorization = Wiring.inject(new Authorization(), accounts);
    final Transitions transitions = wire(new Transitions(), referenceData, events);
    final Registry registry = wire(new Registry(), orders, registryRows, nationalRegistry, referenceData, authorization);
    final ApplicantSteps applicantSteps = wire(new ApplicantSteps(), orders, documents, authorization, transitions, checks);
    final ReviewSteps reviewSteps = wire(new ReviewSteps(), orders, authorization, transitions, bureau, registryRows);
    final Documents documentLibrary = wire(new Documents(), documents, orders, authorization);
    final ElectronicVerifications electronicVerifications = wire(new ElectronicVerifications(), orders, verificationSessions, platform,
            documentLibrary, authorization, transitions);

    private static <T> T wire(T bean, Object... collaborators) {
        for (Object collaborator : collaborators) {
            Wiring.inject(bean, collaborator);
        }
        return bean;
    }

    Caller applicant(String username) {
        return caller(username, Role.APPLICANT);
    }

    Caller reviewer(String username) {
        return caller(username, Role.REVIEWER);
    }

    /** An enabled account with the role, and the caller the interfaces layer would build for it. */
    Caller caller(String username, Role role) {
        accounts.store(new Account(username, "PBKDF2WithHmacSHA256:1:c2FsdA==:aGFzaA==", username, "zh-CN", Set.of(role), Instant.now()));
        return new Caller(username, Set.of(role));
    }

    long accountIdOf(Caller caller) {
        return accounts.findByUsername(caller.username()).orElseThrow().getId();
    }

    /** A stored draft, as {@code Drafts.startDraft} makes it. */
    FilingOrder draft(Caller owner, OrderType type, Long subjectId, FilingSnapshot snapshot) {
        ZonedDateTime now = BeijingTime.now();
        FilingOrder order = new FilingOrder(accountIdOf(owner), type, subjectId, snapshot, null, owner.username(), now.toInstant());
        OrderStateMachine.draftCreated(order, now);
        return orders.add(order);
    }

    /**
     * A stored order put straight into {@code state}, bypassing the state machine (as the workflow
     * tests' {@code TestOrders.orderIn} does), so each test starts at the step it is about.
     */
    FilingOrder orderIn(Caller owner, OrderType type, Long subjectId, FilingSnapshot snapshot, OrderState state) {
        FilingOrder order = draft(owner, type, subjectId, snapshot);
        order.agreeToAssistedCorrection(true);
        if (state != OrderState.DRAFT) {
            ZonedDateTime now = BeijingTime.now();
            order.moveTo(state, Actor.SYSTEM, null, now.toInstant());
            order.setExpiresAt(OrderStateMachine.expiryOnEntering(state, now));
        }
        return order;
    }
}
