package org.beian.infrastructure.national;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.beian.application.PasswordHashing;
import org.beian.domain.model.national.NationalRegistry;

/**
 * Stands in for the ministry's national registry: records of subjects and websites filed through other
 * providers, kept in our database (tables national_*), seeded for demos and tests. A gateway to the
 * real bureau can replace this bean behind {@link NationalRegistry}.
 */
@ApplicationScoped
public class StandInNationalRegistry implements NationalRegistry {

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Inject
    private PasswordHashing passwordHashing;

    @Override
    public Optional<WebsiteRecord> findByDomain(String domain) {
        return em.createNamedQuery("NationalWebsiteEntry.findByDomain", NationalWebsiteEntry.class)
                .setParameter("domain", domain).getResultStream().findFirst().map(StandInNationalRegistry::toRecord);
    }

    @Override
    public Optional<SubjectRecord> findSubject(String certificateType, String certificateNumber) {
        return em.createNamedQuery("NationalSubjectEntry.findByCertificate", NationalSubjectEntry.class)
                .setParameter("type", certificateType).setParameter("number", certificateNumber)
                .getResultStream().findFirst().map(StandInNationalRegistry::toRecord);
    }

    @Override
    public List<WebsiteRecord> listWebsitesOf(String subjectIcpNumber) {
        return em.createNamedQuery("NationalWebsiteEntry.listBySubject", NationalWebsiteEntry.class)
                .setParameter("icpNumber", subjectIcpNumber).getResultList().stream()
                .map(StandInNationalRegistry::toRecord).toList();
    }

    @Override
    public boolean verifyFilingPassword(String subjectIcpNumber, String password) {
        return em.createNamedQuery("NationalSubjectEntry.findByIcpNumber", NationalSubjectEntry.class)
                .setParameter("icpNumber", subjectIcpNumber).getResultStream().findFirst()
                .map(s -> passwordHashing.verify(password, s.getFilingPasswordHash()))
                .orElse(false);
    }

    private static SubjectRecord toRecord(NationalSubjectEntry s) {
        return new SubjectRecord(s.getIcpNumber(), s.getProvinceCode(), s.getNature(), s.getCertificateType(),
                s.getCertificateNumber(), s.getName(), s.getPrincipalName(), s.getStatus());
    }

    private static WebsiteRecord toRecord(NationalWebsiteEntry w) {
        return new WebsiteRecord(w.getIcpNumber(), w.getName(), w.getDomains(), w.getAccessProviders(), w.getStatus(),
                toRecord(w.getSubject()));
    }
}
