package org.beian.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.beian.application.port.PasswordHashing;
import org.beian.domain.model.national.NationalRegistry;
import org.beian.domain.model.registry.RegistryRepository;
import org.beian.domain.model.registry.Subject;
import org.beian.domain.model.registry.SubjectStatus;
import org.beian.domain.model.registry.Website;
import org.beian.domain.model.registry.WebsiteAccess;
import org.beian.infrastructure.national.model.NationalSubjectEntry;
import org.beian.infrastructure.national.model.NationalWebsiteEntry;

/**
 * Stands in for the ministry's national registry, which knows every filing: those made through other
 * providers (tables national_*, seeded for demos and tests) and those made through this one (our
 * registry). A gateway to the real bureau can replace this bean behind {@link NationalRegistry}.
 */
@ApplicationScoped
public class StandInNationalRegistry implements NationalRegistry {

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Inject
    private PasswordHashing passwordHashing;

    @Inject
    private RegistryRepository registry;

    @Override
    public Optional<WebsiteRecord> findByDomain(String domain) {
        Optional<WebsiteRecord> here = registry.listWebsitesByDomain(domain).stream().findFirst().map(StandInNationalRegistry::toRecord);
        if (here.isPresent()) {
            return here;
        }
        return em.createNamedQuery("NationalWebsiteEntry.findByDomain", NationalWebsiteEntry.class)
                .setParameter("domain", domain).getResultStream().findFirst().map(StandInNationalRegistry::toRecord);
    }

    @Override
    public Optional<SubjectRecord> findSubject(String certificateType, String certificateNumber) {
        Optional<SubjectRecord> here = registry.findSubjectByCertificate(certificateType, certificateNumber)
                .filter(s -> s.getStatus() != SubjectStatus.CANCELLED).map(StandInNationalRegistry::toRecord);
        if (here.isPresent()) {
            return here;
        }
        return em.createNamedQuery("NationalSubjectEntry.findByCertificate", NationalSubjectEntry.class)
                .setParameter("type", certificateType).setParameter("number", certificateNumber)
                .getResultStream().findFirst().map(StandInNationalRegistry::toRecord);
    }

    @Override
    public List<WebsiteRecord> listWebsitesOf(String subjectIcpNumber) {
        Optional<Subject> here = registry.findSubjectByIcpNumber(subjectIcpNumber);
        if (here.isPresent()) {
            return registry.listWebsitesOfSubject(here.get().getId()).stream().map(StandInNationalRegistry::toRecord).toList();
        }
        return em.createNamedQuery("NationalWebsiteEntry.listBySubject", NationalWebsiteEntry.class)
                .setParameter("icpNumber", subjectIcpNumber).getResultList().stream()
                .map(StandInNationalRegistry::toRecord).toList();
    }

    @Override
    public boolean verifyFilingPassword(String subjectIcpNumber, String password) {
        Optional<Subject> here = registry.findSubjectByIcpNumber(subjectIcpNumber).filter(s -> s.getFilingPasswordHash() != null);
        if (here.isPresent()) {
            return passwordHashing.verify(password, here.get().getFilingPasswordHash());
        }
        return em.createNamedQuery("NationalSubjectEntry.findByIcpNumber", NationalSubjectEntry.class)
                .setParameter("icpNumber", subjectIcpNumber).getResultStream().findFirst()
                .map(s -> passwordHashing.verify(password, s.getFilingPasswordHash()))
                .orElse(false);
    }

    private static SubjectRecord toRecord(Subject s) {
        return new SubjectRecord(s.getIcpNumber(), s.getProvinceCode(), s.getNature(), s.getCertificateType(),
                s.getCertificateNumber(), s.getName(), s.getPrincipal().getName(), s.getStatus().name());
    }

    private static WebsiteRecord toRecord(Website w) {
        return new WebsiteRecord(w.getIcpNumber(), w.getName(), w.getDomains(),
                w.getAccesses().stream().filter(WebsiteAccess::isActive).map(WebsiteAccess::getProviderName).toList(),
                w.getStatus().name(), toRecord(w.getSubject()));
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
