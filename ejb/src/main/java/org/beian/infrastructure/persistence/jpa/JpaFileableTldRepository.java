package org.beian.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.beian.domain.model.reference.FileableTld;
import org.beian.domain.model.reference.FileableTldRepository;

@ApplicationScoped
public class JpaFileableTldRepository implements FileableTldRepository {

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Override
    public List<FileableTld> listAll() {
        return em.createNamedQuery("FileableTld.listAll", FileableTld.class).getResultList();
    }

    @Override
    public Optional<FileableTld> find(String tld) {
        return Optional.ofNullable(em.find(FileableTld.class, tld));
    }

    @Override
    public Optional<FileableTld> findByAscii(String ascii) {
        return em.createNamedQuery("FileableTld.findByAscii", FileableTld.class).setParameter("ascii", ascii)
                .getResultStream().findFirst();
    }

    @Override
    public FileableTld add(FileableTld tld) {
        em.persist(tld);
        return tld;
    }
}
