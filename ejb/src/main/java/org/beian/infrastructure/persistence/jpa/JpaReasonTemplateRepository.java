package org.beian.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.beian.domain.model.filing.ReasonTemplate;
import org.beian.domain.model.filing.ReasonTemplateRepository;

@ApplicationScoped
public class JpaReasonTemplateRepository implements ReasonTemplateRepository {

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Override
    public List<ReasonTemplate> listAll() {
        return em.createNamedQuery("ReasonTemplate.listAll", ReasonTemplate.class).getResultList();
    }

    @Override
    public Optional<ReasonTemplate> findByCode(String code) {
        return em.createNamedQuery("ReasonTemplate.findByCode", ReasonTemplate.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public ReasonTemplate add(ReasonTemplate template) {
        em.persist(template);
        return template;
    }
}
