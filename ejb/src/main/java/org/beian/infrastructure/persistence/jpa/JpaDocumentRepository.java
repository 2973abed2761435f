package org.beian.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.beian.domain.model.document.Document;
import org.beian.domain.model.document.DocumentContent;
import org.beian.domain.model.document.DocumentRepository;

@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Override
    public Document add(Document document, byte[] content) {
        em.persist(document);
        em.flush();
        em.persist(new DocumentContent(document.getId(), content));
        return document;
    }

    @Override
    public Optional<Document> find(long id) {
        return Optional.ofNullable(em.find(Document.class, id));
    }

    @Override
    public Optional<byte[]> content(long documentId) {
        return Optional.ofNullable(em.find(DocumentContent.class, documentId)).map(DocumentContent::getContent);
    }

    @Override
    public List<Document> listByAccount(long accountId, int first, int max) {
        return em.createNamedQuery("Document.listByAccount", Document.class)
                .setParameter("accountId", accountId).setFirstResult(first).setMaxResults(max).getResultList();
    }
}
