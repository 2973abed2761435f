package org.beian.application.internal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.executable.ValidateOnExecution;
import java.util.List;
import org.beian.application.AccessDeniedException;
import org.beian.application.Caller;
import org.beian.application.QueueItem;
import org.beian.application.ReviewQueueService;

@Stateless
@ValidateOnExecution // makes the validation extension see the constraints declared on the interface
public class DefaultReviewQueueService implements ReviewQueueService {

    /** A projection: one query per page, no entity loading, no per-row queries. */
    private static final String ITEMS = "SELECT NEW org.beian.application.QueueItem(o.orderNumber, o.type, "
            + "o.state, o.provinceCode, o.subjectName, o.submittedAt, o.reviewDueAt, o.claimedBy, o.claimExpiresAt) FROM FilingOrder o";
    private static final String COUNT = "SELECT COUNT(o) FROM FilingOrder o";

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Override
    public Page queue(Caller caller, Filter filter, int page, int size) {
        if (!caller.isStaff()) {
            throw new AccessDeniedException();
        }
        String where = " WHERE o.state = :state" + (filter.provinceCode() == null ? "" : " AND o.provinceCode = :province")
                + (filter.type() == null ? "" : " AND o.type = :type");
        TypedQuery<QueueItem> items = em.createQuery(ITEMS + where + " ORDER BY o.submittedAt, o.id", QueueItem.class);
        TypedQuery<Long> count = em.createQuery(COUNT + where, Long.class);
        bind(items, filter);
        bind(count, filter);
        List<QueueItem> rows = items.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page(rows, count.getSingleResult(), page, size);
    }

    private static void bind(TypedQuery<?> query, Filter filter) {
        query.setParameter("state", filter.state());
        if (filter.provinceCode() != null) {
            query.setParameter("province", filter.provinceCode());
        }
        if (filter.type() != null) {
            query.setParameter("type", filter.type());
        }
    }
}
