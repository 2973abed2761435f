package org.beian.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.beian.application.port.UnitOfWork;

@ApplicationScoped
public class JpaUnitOfWork implements UnitOfWork {

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Override
    public void flush() {
        if (em.isJoinedToTransaction()) {
            em.flush();
        }
    }
}
