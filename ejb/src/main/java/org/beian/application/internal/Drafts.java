package org.beian.application.internal;

import java.util.List;
import java.util.Locale;
import org.beian.application.BusinessException;
import org.beian.application.port.VerificationForms;
import org.beian.domain.model.filing.OrderSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.beian.application.ConcurrentChangeException;
import org.beian.application.NotFoundException;
import org.beian.application.OrderNotEditableException;
import org.beian.application.dto.NewOrder;
import org.beian.application.dto.OrderView;
import org.beian.application.security.Authorization;
import org.beian.application.security.Caller;
import org.beian.domain.model.BeijingTime;
import org.beian.domain.model.account.Account;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.FilingOrderRepository;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.workflow.OrderStateMachine;
import org.beian.domain.model.registry.RegistryRepository;
import org.beian.domain.model.registry.Subject;

/** Applicants' drafts: create, read and edit what an order proposes. */
@ApplicationScoped
public class Drafts {

    @Inject
    private FilingOrderRepository orders;

    @Inject
    private RegistryRepository registry;

    @Inject
    private Authorization authorization;

    @Inject
    private VerificationForms verificationForms;

    /** More open orders than this is no account's reality (one may be in progress, drafts aside). */
    private static final int OPEN_ORDERS = 100;

    public OrderView startDraft(Caller caller, NewOrder request) {
        Account account = authorization.accountOf(caller);
        if (request.clientKey() != null && !request.clientKey().isEmpty()) {
            Optional<FilingOrder> earlier = orders.findByClientKey(account.getId(), request.clientKey());
            if (earlier.isPresent()) {
                return OrderView.of(earlier.get());
            }
        }
        Long subjectId = null;
        if (request.subjectIcpNumber() != null && !request.subjectIcpNumber().isBlank()) {
            Subject subject = registry.findSubjectByIcpNumber(request.subjectIcpNumber())
                    .orElseThrow(() -> new NotFoundException("subject", request.subjectIcpNumber()));
            authorization.requireOwner(caller, subject.getAccountId());
            subjectId = subject.getId();
        }
        ZonedDateTime now = BeijingTime.now();
        FilingOrder order = new FilingOrder(account.getId(), request.type(), subjectId, request.snapshot(),
                emptyToNull(request.clientKey()), caller.username(), now.toInstant());
        OrderStateMachine.draftCreated(order, now);
        return OrderView.of(orders.add(order));
    }

    public OrderView saveDraft(Caller caller, String orderNumber, long expectedVersion, FilingSnapshot snapshot) {
        FilingOrder order = orders.getByNumber(orderNumber);
        authorization.requireOwnerOrStaff(caller, order);
        if (order.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(orderNumber);
        }
        if (!order.getState().isEditable()) {
            throw new OrderNotEditableException(orderNumber, order.getState().name());
        }
        order.replaceSnapshot(snapshot, Instant.now());
        // Flushed now so that the view carries the new version (a concurrent update fails here, translated by the desk).
        orders.flush();
        return OrderView.of(order);
    }

    public OrderView get(Caller caller, String orderNumber) {
        FilingOrder order = orders.getByNumber(orderNumber);
        authorization.requireOwnerOrStaff(caller, order);
        return OrderView.of(order);
    }

    public List<OrderSummary> openOrders(Caller caller) {
        return orders.listOpenByAccount(authorization.accountOf(caller).getId(), OPEN_ORDERS);
    }

    /** The form is printed from what the order proposes now; a subject is needed for its header. */
    public byte[] verificationForm(Caller caller, String orderNumber, Locale locale) {
        FilingOrder order = orders.getByNumber(orderNumber);
        authorization.requireOwnerOrStaff(caller, order);
        if (order.getSnapshot().subject() == null || order.getSnapshot().subject().name() == null) {
            throw new BusinessException("error.verificationForm.subjectMissing", orderNumber);
        }
        return verificationForms.render(order.getSnapshot(), orderNumber, order.getType(), locale);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
