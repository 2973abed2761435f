package org.beian.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.beian.domain.model.verification.MobileConfirmation;
import org.beian.domain.model.verification.MobileConfirmationRepository;

@ApplicationScoped
public class JpaMobileConfirmationRepository implements MobileConfirmationRepository {

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Override
    public void confirm(long accountId, String mobile, Instant at) {
        if (listConfirmed(accountId, List.of(mobile)).isEmpty()) {
            em.persist(new MobileConfirmation(accountId, mobile, at));
        }
    }

    @Override
    public Set<String> listConfirmed(long accountId, Collection<String> mobiles) {
        if (mobiles.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createNamedQuery("MobileConfirmation.listConfirmed", String.class)
                .setParameter("accountId", accountId).setParameter("mobiles", List.copyOf(mobiles)).getResultList());
    }
}
