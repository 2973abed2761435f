package org.beian.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.beian.application.BureauGateway;
import org.beian.application.BureauSubmission;
import org.beian.application.BusinessException;
import org.beian.application.Caller;
import org.beian.application.ChecksFailedException;
import org.beian.application.ConcurrentChangeException;
import org.beian.application.NotFoundException;
import org.beian.application.OrderView;
import org.beian.application.RemarkInput;
import org.beian.application.SubmissionChecks;
import org.beian.application.SubmitRequest;
import org.beian.application.WorkflowService;
import org.beian.domain.model.account.Account;
import org.beian.domain.model.document.Document;
import org.beian.domain.model.document.DocumentKind;
import org.beian.domain.model.document.DocumentRepository;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.FilingOrderRepository;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.workflow.Actor;
import org.beian.domain.model.filing.workflow.OrderAction;
import org.beian.domain.model.filing.workflow.OrderStateMachine;
import org.beian.domain.model.registry.RegistryRepository;
import org.beian.domain.model.registry.Subject;

@Stateless
@ValidateOnExecution // makes the validation extension see the constraints declared on the interface
public class DefaultWorkflowService implements WorkflowService {

    /** How long a reviewer's claim lasts without activity. */
    static final Duration CLAIM = Duration.ofMinutes(30);
    static final String PHOTO_PURPOSE = "photo";

    @Inject
    private FilingOrderRepository orders;

    @Inject
    private Authorization authorization;

    @Inject
    private Transitions transitions;

    @Inject
    private SubmissionChecks checks;

    @Inject
    private BureauGateway bureau;

    @Inject
    private DocumentRepository documents;

    @Inject
    private RegistryRepository registry;


    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Override
    public OrderView submit(Caller caller, SubmitRequest request) {
        FilingOrder order = orders.getByNumber(request.orderNumber());
        authorization.requireOwnerOrStaff(caller, order);
        if (request.clientKey() != null && !request.clientKey().isEmpty() && request.clientKey().equals(order.getSubmissionKey())) {
            return view(order); // the same submission again (double click, retry)
        }
        if (order.getVersion() != request.expectedVersion()) {
            throw new ConcurrentChangeException(request.orderNumber());
        }
        if (!request.agreeToAssistedCorrection()) {
            throw new BusinessException("error.submit.termsNotAgreed", request.orderNumber());
        }
        Account account = authorization.accountOf(caller);
        // The catalogue also proves the filing password of access filings and subject cancellations.
        List<SubmissionChecks.BlockingFinding> blocking = checks.blockingFindings(order, request.filingPassword());
        if (!blocking.isEmpty()) {
            throw new ChecksFailedException(request.orderNumber(), blocking);
        }
        order.agreeToAssistedCorrection(true);
        transitions.perform(order, OrderAction.SUBMIT, actor(caller, account), null);
        order.rememberSubmissionKey(emptyToNull(request.clientKey()));
        return view(order);
    }

    @Override
    public OrderView withdraw(Caller caller, String orderNumber, String reason) {
        return step(caller, orderNumber, OrderAction.WITHDRAW, reason);
    }

    @Override
    public OrderView abandon(Caller caller, String orderNumber, String reason) {
        return step(caller, orderNumber, OrderAction.ABANDON, reason);
    }

    @Override
    public OrderView submitPhoto(Caller caller, String orderNumber, long documentId) {
        FilingOrder order = owned(caller, orderNumber);
        Document photo = documents.find(documentId).orElseThrow(() -> new NotFoundException("document", String.valueOf(documentId)));
        authorization.requireOwner(caller, photo.getAccountId());
        if (photo.getKind() != DocumentKind.CURTAIN_PHOTO) {
            throw new BusinessException("error.photo.wrongKind", photo.getFileName());
        }
        order.attach(documentId, PHOTO_PURPOSE);
        transitions.perform(order, OrderAction.SUBMIT_PHOTO, actor(caller), null);
        return view(order);
    }

    @Override
    public OrderView claim(Caller caller, String orderNumber) {
        requireStaff(caller);
        Instant now = Instant.now();
        // One conditional UPDATE: of two reviewers claiming at once, exactly one changes the row.
        int claimed = em.createQuery("UPDATE FilingOrder o SET o.claimedBy = :reviewer, o.claimExpiresAt = :until, "
                        + "o.version = o.version + 1 WHERE o.orderNumber = :number AND (o.claimedBy IS NULL "
                        + "OR o.claimExpiresAt < :now OR o.claimedBy = :reviewer)")
                .setParameter("reviewer", caller.username()).setParameter("until", now.plus(CLAIM))
                .setParameter("number", orderNumber).setParameter("now", now)
                .executeUpdate();
        FilingOrder order = orders.getByNumber(orderNumber);
        em.refresh(order);
        if (claimed == 0) {
            throw new BusinessException("error.claim.taken", orderNumber, order.getClaimedBy());
        }
        return view(order);
    }

    @Override
    public void release(Caller caller, String orderNumber) {
        FilingOrder order = orders.getByNumber(orderNumber);
        requireStaff(caller);
        if (order.isClaimedBy(caller.username(), Instant.now())) {
            order.releaseClaim();
        }
    }

    @Override
    public OrderView approveInitial(Caller caller, String orderNumber, String note) {
        FilingOrder order = claimedBy(caller, orderNumber);
        transitions.perform(order, OrderAction.APPROVE_INITIAL, actor(caller), note);
        order.releaseClaim();
        return view(order);
    }

    @Override
    public OrderView rejectInitial(Caller caller, String orderNumber, List<RemarkInput> remarks) {
        FilingOrder order = claimedBy(caller, orderNumber);
        Instant now = Instant.now();
        for (RemarkInput remark : remarks) {
            order.addRemark(remark.fieldPath(), remark.reason(), remark.suggestion(), caller.username(), now);
        }
        String reason = remarks.stream().map(r -> r.fieldPath() + ": " + r.reason()).collect(Collectors.joining("; "));
        transitions.perform(order, OrderAction.REJECT_INITIAL, actor(caller), reason);
        order.releaseClaim();
        return view(order);
    }

    @Override
    public OrderView correct(Caller caller, String orderNumber, FilingSnapshot corrected, String reason) {
        FilingOrder order = claimedBy(caller, orderNumber);
        transitions.correct(order, corrected, actor(caller), reason);
        return view(order);
    }

    @Override
    public OrderView approvePhoto(Caller caller, String orderNumber) {
        FilingOrder order = claimedBy(caller, orderNumber);
        transitions.perform(order, OrderAction.APPROVE_PHOTO, actor(caller), null);
        order.releaseClaim();
        return view(order);
    }

    @Override
    public OrderView rejectPhoto(Caller caller, String orderNumber, String reason) {
        FilingOrder order = claimedBy(caller, orderNumber);
        transitions.perform(order, OrderAction.REJECT_PHOTO, actor(caller), reason);
        order.releaseClaim();
        return view(order);
    }

    @Override
    public List<OrderView> submitToBureau(Caller caller, List<String> orderNumbers) {
        requireStaff(caller);
        Actor reviewer = actor(caller);
        List<OrderView> submitted = new ArrayList<>();
        for (String number : orderNumbers) {
            FilingOrder order = orders.getByNumber(number);
            transitions.perform(order, OrderAction.SUBMIT_TO_BUREAU, reviewer, null);
            order.markSentToBureau(Instant.now());
            String subjectNumber = order.getSubjectId() == null ? null
                    : registry.findSubject(order.getSubjectId()).map(Subject::getIcpNumber).orElse(null);
            bureau.submit(new BureauSubmission(number, order.getType(), order.getProvinceCode(), subjectNumber, order.getSnapshot()));
            submitted.add(view(order));
        }
        return submitted;
    }

    @Override
    public Set<OrderAction> allowedActions(Caller caller, String orderNumber) {
        FilingOrder order = orders.getByNumber(orderNumber);
        authorization.requireOwnerOrStaff(caller, order);
        return OrderStateMachine.allowedActions(order, actor(caller));
    }

    private OrderView step(Caller caller, String orderNumber, OrderAction action, String reason) {
        FilingOrder order = owned(caller, orderNumber);
        transitions.perform(order, action, actor(caller), reason);
        return view(order);
    }

    private FilingOrder owned(Caller caller, String orderNumber) {
        FilingOrder order = orders.getByNumber(orderNumber);
        authorization.requireOwnerOrStaff(caller, order);
        return order;
    }

    /** Review decisions need the order claimed by this reviewer: one reviewer at a time. */
    private FilingOrder claimedBy(Caller caller, String orderNumber) {
        requireStaff(caller);
        FilingOrder order = orders.getByNumber(orderNumber);
        if (!order.isClaimedBy(caller.username(), Instant.now())) {
            throw new BusinessException("error.claim.required", orderNumber);
        }
        return order;
    }

    private void requireStaff(Caller caller) {
        if (!caller.isStaff()) {
            throw new org.beian.application.AccessDeniedException();
        }
    }

    private Actor actor(Caller caller) {
        return actor(caller, authorization.accountOf(caller));
    }

    private static Actor actor(Caller caller, Account account) {
        return Actor.of(caller.username(), account.getId(), caller.roles());
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** The order as the caller sees it after this step: flushed first, so the version is the one to send next. */
    private OrderView view(FilingOrder order) {
        orders.flush();
        return OrderView.of(order);
    }
}
