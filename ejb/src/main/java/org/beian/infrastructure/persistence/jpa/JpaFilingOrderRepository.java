package org.beian.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.beian.application.NotFoundException;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.FilingOrderRepository;
import org.beian.domain.model.reference.WorkingDays;

@ApplicationScoped
public class JpaFilingOrderRepository implements FilingOrderRepository {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Override
    public Optional<FilingOrder> findByNumber(String orderNumber) {
        return em.createNamedQuery("FilingOrder.findByNumber", FilingOrder.class)
                .setParameter("number", orderNumber).getResultStream().findFirst();
    }

    @Override
    public FilingOrder getByNumber(String orderNumber) {
        return findByNumber(orderNumber).orElseThrow(() -> new NotFoundException("order", orderNumber));
    }

    @Override
    public Optional<FilingOrder> findByClientKey(long accountId, String clientKey) {
        return em.createNamedQuery("FilingOrder.findByClientKey", FilingOrder.class)
                .setParameter("accountId", accountId).setParameter("clientKey", clientKey)
                .getResultStream().findFirst();
    }

    @Override
    public List<FilingOrder> listByDomain(String domain) {
        return em.createNamedQuery("FilingOrder.listByDomain", FilingOrder.class)
                .setParameter("domain", domain).getResultList();
    }

    /**
     * The order number is the Beijing date and the zero-padded id: unique because ids are, 13 digits
     * until the ten-millionth order and longer after, readable over the phone.
     */
    @Override
    public FilingOrder add(FilingOrder order) {
        em.persist(order);
        order.assignNumber(LocalDate.now(WorkingDays.BEIJING).format(DAY) + String.format("%07d", order.getId()));
        em.flush();
        return order;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
