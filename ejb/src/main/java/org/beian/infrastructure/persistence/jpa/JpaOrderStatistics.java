package org.beian.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.OrderStatistics;

/**
 * The dashboard's figures. Submissions per day use the V14 index on submitted_at (a range count per
 * day), orders per province the V11 (state, province_code, …) index, remark reasons the V14
 * (created_at, reason_code) index — each an index-only read.
 */
@ApplicationScoped
public class JpaOrderStatistics implements OrderStatistics {

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Override
    public long countSubmittedBetween(Instant from, Instant to) {
        return em.createQuery("SELECT COUNT(o) FROM FilingOrder o WHERE o.submittedAt >= :from AND o.submittedAt < :to", Long.class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    @Override
    public Map<String, Long> countByProvince(Set<OrderState> states) {
        return perProvince(em.createQuery("SELECT o.provinceCode, COUNT(o) FROM FilingOrder o WHERE o.state IN :states "
                + "GROUP BY o.provinceCode ORDER BY o.provinceCode", Object[].class).setParameter("states", states).getResultList());
    }

    @Override
    public Map<String, Long> countOverdueByProvince(Set<OrderState> states, Instant now) {
        return perProvince(em.createQuery("SELECT o.provinceCode, COUNT(o) FROM FilingOrder o WHERE o.state IN :states "
                + "AND o.reviewDueAt < :now GROUP BY o.provinceCode ORDER BY o.provinceCode", Object[].class)
                .setParameter("states", states).setParameter("now", now).getResultList());
    }

    private static Map<String, Long> perProvince(List<Object[]> rows) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : rows) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public List<ReasonCount> topRemarkReasons(Instant since, int max) {
        return em.createQuery("SELECT r.reasonCode, COUNT(r) FROM ReviewRemark r WHERE r.createdAt >= :since "
                        + "GROUP BY r.reasonCode ORDER BY COUNT(r) DESC, r.reasonCode", Object[].class)
                .setParameter("since", since).setMaxResults(max).getResultList().stream()
                .map(row -> new ReasonCount((String) row[0], ((Number) row[1]).longValue())).toList();
    }
}
