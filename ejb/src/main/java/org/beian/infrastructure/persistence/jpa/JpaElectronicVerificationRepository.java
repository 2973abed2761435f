package org.beian.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.beian.domain.model.verification.ElectronicVerification;
import org.beian.domain.model.verification.ElectronicVerificationRepository;

@ApplicationScoped
public class JpaElectronicVerificationRepository implements ElectronicVerificationRepository {

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Override
    public ElectronicVerification add(ElectronicVerification verification) {
        em.persist(verification);
        return verification;
    }

    @Override
    public Optional<ElectronicVerification> findByReference(String reference) {
        return em.createNamedQuery("ElectronicVerification.findByReference", ElectronicVerification.class)
                .setParameter("reference", reference).getResultStream().findFirst();
    }

    @Override
    public Optional<ElectronicVerification> findLatest(String orderNumber) {
        return em.createNamedQuery("ElectronicVerification.listByOrder", ElectronicVerification.class)
                .setParameter("orderNumber", orderNumber).setMaxResults(1).getResultStream().findFirst();
    }
}
