package org.beian.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.beian.domain.model.reference.ProvinceRule;
import org.beian.domain.model.reference.ProvinceRuleRepository;

@ApplicationScoped
public class JpaProvinceRuleRepository implements ProvinceRuleRepository {

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Override
    public List<ProvinceRule> listForProvince(String provinceCode) {
        return em.createNamedQuery("ProvinceRule.listForProvince", ProvinceRule.class).setParameter("province", provinceCode)
                .getResultList();
    }

    @Override
    public List<String> listKeys() {
        return em.createNamedQuery("ProvinceRule.listKeys", String.class).getResultList();
    }

    @Override
    public Optional<ProvinceRule> findNational(String ruleKey, LocalDate day) {
        return em.createNamedQuery("ProvinceRule.findNational", ProvinceRule.class).setParameter("key", ruleKey)
                .setParameter("day", day).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public boolean exists(String provinceCode, String ruleKey, LocalDate effectiveFrom) {
        return em.createNamedQuery("ProvinceRule.count", Long.class).setParameter("province", provinceCode)
                .setParameter("key", ruleKey).setParameter("day", effectiveFrom).getSingleResult() > 0;
    }

    @Override
    public ProvinceRule add(ProvinceRule rule) {
        em.persist(rule);
        return rule;
    }
}
