package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.beian.application.AccessDeniedException;
import org.beian.application.BusinessException;
import org.beian.application.dto.ChangesSinceRejection;
import org.beian.application.dto.OrderView;
import org.beian.application.dto.ClaimView;
import org.beian.application.dto.QueuePage;
import org.beian.application.dto.RemarkInput;
import org.beian.application.port.BureauGateway;
import org.beian.application.port.BureauSubmission;
import org.beian.application.security.Authorization;
import org.beian.application.security.Caller;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.FilingOrderRepository;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.QueueCursor;
import org.beian.domain.model.filing.QueueFilter;
import org.beian.domain.model.filing.QueueItem;
import org.beian.domain.model.filing.ReviewQueue;
import org.beian.domain.model.filing.workflow.Actor;
import org.beian.domain.model.filing.workflow.OrderAction;
import org.beian.domain.model.filing.workflow.SnapshotChanges;
import org.beian.domain.model.registry.RegistryRepository;
import org.beian.domain.model.registry.Subject;

/**
 * The reviewers' steps: queues, claim and release, the initial review with field remarks, assisted
 * correction, the photo re-review and the hand-over to the bureau. Staff only; decisions need the
 * order claimed by the caller.
 */
@ApplicationScoped
public class ReviewSteps {

    /** How long a reviewer's claim lasts without activity. */
    static final Duration CLAIM = Duration.ofMinutes(30);

    @Inject
    private FilingOrderRepository orders;

    @Inject
    private Authorization authorization;

    @Inject
    private Transitions transitions;

    @Inject
    private BureauGateway bureau;

    @Inject
    private RegistryRepository registry;

    public QueuePage queue(Caller caller, QueueFilter filter, QueueCursor after, int size) {
        requireStaff(caller);
        if (filter.queue() == ReviewQueue.SEARCH && filter.search() == null) {
            throw new BusinessException("error.queue.searchTermRequired");
        }
        Instant now = Instant.now();
        // One row more than the page tells whether a next page exists.
        List<QueueItem> items = orders.listQueue(filter, caller.username(), now, after, size + 1);
        boolean more = items.size() > size;
        List<QueueItem> page = more ? items.subList(0, size) : items;
        long count = orders.countQueue(filter, caller.username(), now, QueuePage.COUNT_LIMIT + 1);
        return new QueuePage(page, Math.min(count, QueuePage.COUNT_LIMIT), count > QueuePage.COUNT_LIMIT,
                more ? page.get(page.size() - 1).cursor() : null);
    }

    public ClaimView claimOf(Caller caller, String orderNumber) {
        requireStaff(caller);
        FilingOrder order = orders.getByNumber(orderNumber);
        boolean running = order.getClaimedBy() != null && order.isClaimedBy(order.getClaimedBy(), Instant.now());
        return running ? new ClaimView(order.getClaimedBy(), order.getClaimExpiresAt()) : new ClaimView(null, null);
    }

    public ChangesSinceRejection changesSinceRejection(Caller caller, String orderNumber) {
        requireStaff(caller);
        FilingOrder order = orders.getByNumber(orderNumber);
        FilingSnapshot rejected = order.getRejectedSnapshot();
        return rejected == null ? new ChangesSinceRejection(false, List.of())
                : new ChangesSinceRejection(true, SnapshotChanges.between(rejected, order.getSnapshot()));
    }

    public OrderView claim(Caller caller, String orderNumber) {
        requireStaff(caller);
        Instant now = Instant.now();
        boolean claimed = orders.claim(orderNumber, caller.username(), now, now.plus(CLAIM));
        FilingOrder order = orders.getByNumber(orderNumber);
        if (!claimed) {
            throw new BusinessException("error.claim.taken", orderNumber, order.getClaimedBy());
        }
        return OrderViews.flushed(orders, order);
    }

    public void release(Caller caller, String orderNumber) {
        requireStaff(caller);
        FilingOrder order = orders.getByNumber(orderNumber);
        if (order.isClaimedBy(caller.username(), Instant.now())) {
            order.releaseClaim();
        }
    }

    public OrderView approveInitial(Caller caller, String orderNumber, String note) {
        return decide(caller, orderNumber, OrderAction.APPROVE_INITIAL, note);
    }

    public OrderView rejectInitial(Caller caller, String orderNumber, List<RemarkInput> remarks) {
        FilingOrder order = claimedBy(caller, orderNumber);
        Instant now = Instant.now();
        for (RemarkInput remark : remarks) {
            order.addRemark(remark.fieldPath(), remark.reason(), remark.suggestion(), remark.reasonCode(), caller.username(), now);
        }
        String reason = remarks.stream().map(r -> r.fieldPath() + ": " + r.reason()).collect(Collectors.joining("; "));
        transitions.perform(order, OrderAction.REJECT_INITIAL, actor(caller), reason);
        order.releaseClaim();
        return OrderViews.flushed(orders, order);
    }

    public OrderView correct(Caller caller, String orderNumber, FilingSnapshot corrected, String reason) {
        FilingOrder order = claimedBy(caller, orderNumber);
        transitions.correct(order, corrected, actor(caller), reason);
        return OrderViews.flushed(orders, order);
    }

    public OrderView approvePhoto(Caller caller, String orderNumber) {
        return decide(caller, orderNumber, OrderAction.APPROVE_PHOTO, null);
    }

    public OrderView rejectPhoto(Caller caller, String orderNumber, String reason) {
        return decide(caller, orderNumber, OrderAction.REJECT_PHOTO, reason);
    }

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
            submitted.add(OrderViews.flushed(orders, order));
        }
        return submitted;
    }

    /** A decision that ends the reviewer's claim. */
    private OrderView decide(Caller caller, String orderNumber, OrderAction action, String reason) {
        FilingOrder order = claimedBy(caller, orderNumber);
        transitions.perform(order, action, actor(caller), reason);
        order.releaseClaim();
        return OrderViews.flushed(orders, order);
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

    static void requireStaff(Caller caller) {
        if (!caller.isStaff()) {
            throw new AccessDeniedException();
        }
    }

    private Actor actor(Caller caller) {
        return Transitions.actor(caller, authorization.accountOf(caller));
    }
}
