package org.beian.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.beian.application.port.DomainLookup;
import org.beian.domain.model.filing.DomainRegistration;
import org.beian.infrastructure.registrar.model.RegistrarDomain;

/**
 * STAND-IN for the registrars: answers {@link DomainLookup} (registration and registrar) from the table {@code standin_registrar_domain}
 * (demo rows, and rows tests write through {@link #register}). A domain it does not hold is unknown, as
 * an RDAP server answers 404, and the checks fall back to what the applicant entered.
 */
@ApplicationScoped
public class StandInRegistrar implements DomainLookup {

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Override
    public Optional<DomainRegistration> find(String domain) {
        if (domain == null || domain.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(RegistrarDomain.class, key(domain)))
                .map(d -> new DomainRegistration(d.getDomain(), d.getExpiresOn() == null ? null : d.getExpiresOn().toString(),
                        d.getRegistrant()));
    }

    @Override
    public Optional<Registrar> registrarOf(String domain) {
        if (domain == null || domain.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(RegistrarDomain.class, key(domain))).filter(d -> d.getRegistrarName() != null)
                .map(d -> new Registrar(d.getRegistrarName(), d.getRegistrarRegion()));
    }

    /** Records (or renews / transfers) a registration, as the registrar would. */
    @Transactional
    public void register(String domain, LocalDate expiresOn, String registrant) {
        registration(domain, expiresOn, registrant);
    }

    /** Records a registration held by the named registrar (name and region as the public-security filing asks). */
    @Transactional
    public void register(String domain, LocalDate expiresOn, String registrant, String registrarName, String registrarRegion) {
        registration(domain, expiresOn, registrant).heldBy(registrarName, registrarRegion);
    }

    private RegistrarDomain registration(String domain, LocalDate expiresOn, String registrant) {
        RegistrarDomain known = em.find(RegistrarDomain.class, key(domain));
        if (known == null) {
            known = new RegistrarDomain(key(domain), expiresOn, registrant);
            em.persist(known);
        } else {
            known.update(expiresOn, registrant);
        }
        return known;
    }

    private static String key(String domain) {
        return domain.strip().toLowerCase(Locale.ROOT);
    }
}
