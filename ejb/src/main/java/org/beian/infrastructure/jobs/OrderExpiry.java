package org.beian.infrastructure.jobs;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.beian.application.internal.Transitions;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.workflow.Actor;
import org.beian.domain.model.filing.workflow.OrderAction;
import org.beian.domain.model.filing.workflow.OrderStateMachine;

/**
 * Expires orders left idle 45 days in a step that waits on the applicant (data kept; they can be
 * submitted again). One order per transaction; an order changed meanwhile by another instance or by
 * its owner fails its version check and is simply left for the next run.
 */
@Stateless
public class OrderExpiry {

    private static final int BATCH = 200;

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Inject
    private Transitions transitions;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<String> due(Instant now) {
        return em.createQuery("SELECT o.orderNumber FROM FilingOrder o WHERE o.state IN :states AND o.expiresAt <= :now "
                        + "ORDER BY o.expiresAt", String.class)
                .setParameter("states", OrderStateMachine.WAITING_ON_APPLICANT).setParameter("now", now)
                .setMaxResults(BATCH).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void expire(String orderNumber) {
        FilingOrder order = em.createNamedQuery("FilingOrder.findByNumber", FilingOrder.class)
                .setParameter("number", orderNumber).getSingleResult();
        transitions.perform(order, OrderAction.EXPIRE, Actor.SYSTEM, "45天未操作，订单已过期");
        em.flush();
    }
}
