package org.beian.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.beian.domain.model.reference.VerificationPoint;
import org.beian.domain.model.reference.VerificationPointRepository;

@ApplicationScoped
public class JpaVerificationPointRepository implements VerificationPointRepository {

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Override
    public List<VerificationPoint> listByProvince(String provinceCode) {
        return em.createNamedQuery("VerificationPoint.listByProvince", VerificationPoint.class)
                .setParameter("province", provinceCode).getResultList();
    }

    @Override
    public Optional<VerificationPoint> find(long id) {
        return Optional.ofNullable(em.find(VerificationPoint.class, id));
    }

    @Override
    public VerificationPoint add(VerificationPoint point) {
        em.persist(point);
        return point;
    }

    @Override
    public void remove(VerificationPoint point) {
        em.remove(point);
    }
}
