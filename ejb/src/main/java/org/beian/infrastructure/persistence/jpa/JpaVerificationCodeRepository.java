package org.beian.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.beian.domain.model.verification.VerificationCode;
import org.beian.domain.model.verification.VerificationCodeRepository;
import org.beian.domain.model.verification.VerificationPurpose;

@ApplicationScoped
public class JpaVerificationCodeRepository implements VerificationCodeRepository {

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Override
    public Optional<VerificationCode> findByPurposeAndTarget(VerificationPurpose purpose, String target) {
        return em.createNamedQuery("VerificationCode.findByPurposeAndTarget", VerificationCode.class)
                .setParameter("purpose", purpose).setParameter("target", target)
                .getResultStream().findFirst();
    }

    @Override
    public VerificationCode add(VerificationCode code) {
        em.persist(code);
        return code;
    }
}
