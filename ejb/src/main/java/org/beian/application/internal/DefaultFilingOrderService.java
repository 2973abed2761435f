package org.beian.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.beian.domain.model.filing.workflow.OrderStateMachine;
import org.beian.domain.model.reference.WorkingDays;
import java.util.Optional;
import org.beian.application.Caller;
import org.beian.application.ConcurrentChangeException;
import org.beian.application.FilingOrderService;
import org.beian.application.NewOrder;
import org.beian.application.NotFoundException;
import org.beian.application.OrderNotEditableException;
import org.beian.application.OrderView;
import org.beian.domain.model.account.Account;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.FilingOrderRepository;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.registry.RegistryRepository;
import org.beian.domain.model.registry.Subject;

@Stateless
@ValidateOnExecution // makes the validation extension see the constraints declared on the interface
public class DefaultFilingOrderService implements FilingOrderService {

    @Inject
    private FilingOrderRepository orders;

    @Inject
    private RegistryRepository registry;

    @Inject
    private Authorization authorization;

    @Override
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
        ZonedDateTime now = ZonedDateTime.now(WorkingDays.BEIJING);
        FilingOrder order = new FilingOrder(account.getId(), request.type(), subjectId, request.snapshot(),
                emptyToNull(request.clientKey()), caller.username(), now.toInstant());
        OrderStateMachine.draftCreated(order, now);
        return OrderView.of(orders.add(order));
    }

    @Override
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
        try {
            // Flush here so that a concurrent update surfaces as a business error, not at commit.
            orders.flush();
        } catch (PersistenceException e) {
            if (isOptimisticLockFailure(e)) {
                throw new ConcurrentChangeException(orderNumber);
            }
            throw e;
        }
        return OrderView.of(order);
    }

    @Override
    public OrderView get(Caller caller, String orderNumber) {
        FilingOrder order = orders.getByNumber(orderNumber);
        authorization.requireOwnerOrStaff(caller, order);
        return OrderView.of(order);
    }

    static boolean isOptimisticLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException
                    || t.getClass().getName().equals("org.eclipse.persistence.exceptions.OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
