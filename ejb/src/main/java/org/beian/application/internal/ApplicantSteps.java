package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.beian.application.BusinessException;
import org.beian.application.ChecksFailedException;
import org.beian.application.ConcurrentChangeException;
import org.beian.application.NotFoundException;
import org.beian.application.TransitionRefusedException;
import org.beian.application.dto.BlockingFinding;
import org.beian.application.dto.OrderView;
import org.beian.application.dto.SubmitRequest;
import org.beian.application.security.Authorization;
import org.beian.application.security.Caller;
import org.beian.domain.model.account.Account;
import org.beian.domain.model.document.Document;
import org.beian.domain.model.document.DocumentKind;
import org.beian.domain.model.document.DocumentRepository;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.FilingOrderRepository;
import org.beian.domain.model.filing.VerificationMethod;
import org.beian.domain.model.filing.workflow.Actor;
import org.beian.domain.model.filing.workflow.IllegalTransitionException;
import org.beian.domain.model.filing.workflow.OrderAction;
import org.beian.domain.model.filing.workflow.OrderStateMachine;

/**
 * The applicant's steps of the workflow: submit, withdraw, abandon, the curtain photo. Every step goes
 * through the one state machine ({@link Transitions}), which records its history entry and raises its
 * event in the same transaction.
 */
@ApplicationScoped
public class ApplicantSteps {

    static final String PHOTO_PURPOSE = "photo";

    @Inject
    private FilingOrderRepository orders;

    @Inject
    private DocumentRepository documents;

    @Inject
    private Authorization authorization;

    @Inject
    private Transitions transitions;

    @Inject
    private Checks checks;

    public OrderView submit(Caller caller, SubmitRequest request) {
        FilingOrder order = owned(caller, request.orderNumber());
        if (request.clientKey() != null && !request.clientKey().isEmpty() && request.clientKey().equals(order.getSubmissionKey())) {
            return OrderViews.flushed(orders, order); // the same submission again (double click, retry)
        }
        if (order.getVersion() != request.expectedVersion()) {
            throw new ConcurrentChangeException(request.orderNumber());
        }
        if (!request.agreeToAssistedCorrection()) {
            throw new BusinessException("error.submit.termsNotAgreed", request.orderNumber());
        }
        if (order.unchangedSinceRejection()) {
            throw new BusinessException("error.submit.unchanged", request.orderNumber());
        }
        Account account = authorization.accountOf(caller);
        // The catalogue also proves the filing password of access filings and subject cancellations.
        List<BlockingFinding> blocking = checks.blockingFindings(order, request.filingPassword());
        if (!blocking.isEmpty()) {
            throw new ChecksFailedException(request.orderNumber(), blocking);
        }
        order.agreeToAssistedCorrection(true);
        transitions.perform(order, OrderAction.SUBMIT, Transitions.actor(caller, account), null);
        order.resolveRemarks(java.time.Instant.now());
        order.rememberSubmissionKey(request.clientKey() == null || request.clientKey().isEmpty() ? null : request.clientKey());
        return OrderViews.flushed(orders, order);
    }

    public OrderView withdraw(Caller caller, String orderNumber, String reason) {
        return step(caller, orderNumber, OrderAction.WITHDRAW, reason);
    }

    public OrderView abandon(Caller caller, String orderNumber, String reason) {
        return step(caller, orderNumber, OrderAction.ABANDON, reason);
    }

    public OrderView submitPhoto(Caller caller, String orderNumber, long documentId) {
        FilingOrder order = owned(caller, orderNumber);
        Document photo = documents.find(documentId).orElseThrow(() -> new NotFoundException("document", String.valueOf(documentId)));
        authorization.requireOwner(caller, photo.getAccountId());
        if (photo.getKind() != DocumentKind.CURTAIN_PHOTO) {
            throw new BusinessException("error.photo.wrongKind", photo.getFileName());
        }
        order.attach(documentId, PHOTO_PURPOSE, Instant.now());
        transitions.perform(order, OrderAction.SUBMIT_PHOTO, actor(caller), null);
        return OrderViews.flushed(orders, order);
    }

    /** What the caller may do with the order now (the buttons a page shows); staff may ask too. */
    public Set<OrderAction> allowedActions(Caller caller, String orderNumber) {
        FilingOrder order = owned(caller, orderNumber);
        return OrderStateMachine.allowedActions(order, actor(caller));
    }

    /** The way the principal verifies in person, while the order awaits its photo; the choice can change until then. */
    public OrderView chooseVerification(Caller caller, String orderNumber, long expectedVersion, VerificationMethod method) {
        FilingOrder order = owned(caller, orderNumber);
        if (order.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(orderNumber);
        }
        if (!OrderStateMachine.allowedActions(order, actor(caller)).contains(OrderAction.SUBMIT_PHOTO)) {
            throw new TransitionRefusedException(IllegalTransitionException.NOT_ALLOWED, orderNumber, order.getState().name(),
                    OrderAction.SUBMIT_PHOTO.name());
        }
        order.chooseVerification(method, Instant.now());
        return OrderViews.flushed(orders, order);
    }

    private OrderView step(Caller caller, String orderNumber, OrderAction action, String reason) {
        FilingOrder order = owned(caller, orderNumber);
        transitions.perform(order, action, actor(caller), reason);
        return OrderViews.flushed(orders, order);
    }

    private FilingOrder owned(Caller caller, String orderNumber) {
        FilingOrder order = orders.getByNumber(orderNumber);
        authorization.requireOwnerOrStaff(caller, order);
        return order;
    }

    private Actor actor(Caller caller) {
        return Transitions.actor(caller, authorization.accountOf(caller));
    }
}
