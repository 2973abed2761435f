package org.beian.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.beian.domain.model.registry.RegistryRepository;
import org.beian.domain.model.registry.Subject;
import org.beian.domain.model.registry.SubjectSummary;
import org.beian.domain.model.registry.Website;
import org.beian.domain.model.registry.WebsiteAwaitingPublicSecurity;

@ApplicationScoped
public class JpaRegistryRepository implements RegistryRepository {

    /** Masks in SQL: certificate first 6 + ******** + last 4, mobile first 3 + **** + last 4. */
    private static final String SUMMARY = "SELECT NEW org.beian.domain.model.registry.SubjectSummary(s.id, s.icpNumber, s.name, s.nature, s.status, "
            + "CONCAT(SUBSTRING(s.certificateNumber, 1, 6), '********', SUBSTRING(s.certificateNumber, LENGTH(s.certificateNumber) - 3, 4)), "
            + "s.principal.name, "
            + "CONCAT(SUBSTRING(s.principal.mobile, 1, 3), '****', SUBSTRING(s.principal.mobile, LENGTH(s.principal.mobile) - 3, 4))) "
            + "FROM Subject s WHERE s.accountId = :accountId ORDER BY s.id";

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Override
    public Optional<Subject> findSubjectByIcpNumber(String icpNumber) {
        return em.createNamedQuery("Subject.findByIcpNumber", Subject.class)
                .setParameter("icpNumber", icpNumber).getResultStream().findFirst();
    }

    @Override
    public Optional<Subject> findSubject(long id) {
        return Optional.ofNullable(em.find(Subject.class, id));
    }

    @Override
    public Optional<Subject> findSubjectByCertificate(String certificateType, String certificateNumber) {
        return em.createNamedQuery("Subject.findByCertificate", Subject.class)
                .setParameter("type", certificateType).setParameter("number", certificateNumber)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Subject> findSubjectUsingMobile(String mobile) {
        Optional<Subject> subject = em.createNamedQuery("Subject.findByPrincipalMobile", Subject.class)
                .setParameter("mobile", mobile).setMaxResults(1).getResultStream().findFirst();
        return subject.isPresent() ? subject : em.createNamedQuery("Website.findSubjectByPrincipalMobile", Subject.class)
                .setParameter("mobile", mobile).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public long countWebsitesOnCloudService(String reference) {
        return em.createNamedQuery("Website.countOnCloudService", Long.class).setParameter("reference", reference).getSingleResult();
    }

    @Override
    public List<WebsiteAwaitingPublicSecurity> listAwaitingPublicSecurity(Instant from, Instant to, int max) {
        return em.createNamedQuery("Website.listAwaitingPublicSecurity", WebsiteAwaitingPublicSecurity.class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(max).getResultList();
    }

    @Override
    public Optional<Website> findWebsiteByIcpNumber(String icpNumber) {
        return em.createNamedQuery("Website.findByIcpNumber", Website.class)
                .setParameter("icpNumber", icpNumber).getResultStream().findFirst();
    }

    @Override
    public List<Website> listWebsitesByDomain(String domain) {
        return em.createNamedQuery("Website.findByDomain", Website.class).setParameter("domain", domain).getResultList();
    }

    /** Batch-fetches the collections (one query per collection for all websites), never one per website. */
    @Override
    public List<Website> listWebsitesOfSubject(long subjectId) {
        return em.createNamedQuery("Website.listBySubject", Website.class)
                .setParameter("subjectId", subjectId)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "w.domains")
                .setHint("eclipselink.batch", "w.homepageUrls")
                .setHint("eclipselink.batch", "w.cloudServices")
                .setHint("eclipselink.batch", "w.accesses")
                .getResultList();
    }

    @Override
    public List<SubjectSummary> summariesOfAccount(long accountId) {
        return em.createQuery(SUMMARY, SubjectSummary.class).setParameter("accountId", accountId).getResultList();
    }

    @Override
    public Subject add(Subject subject) {
        em.persist(subject);
        return subject;
    }

    @Override
    public Website add(Website website) {
        em.persist(website);
        return website;
    }
}
