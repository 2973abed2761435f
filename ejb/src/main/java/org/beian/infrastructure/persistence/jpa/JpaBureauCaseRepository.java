package org.beian.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.beian.infrastructure.bureau.simulator.model.BureauCase;
import org.beian.infrastructure.bureau.simulator.model.BureauCaseRepository;
import org.beian.infrastructure.bureau.simulator.model.IcpNumberIssue;
import org.beian.infrastructure.bureau.simulator.model.SmsCheck;

/** The bureau simulator's tables (stand-in). */
@ApplicationScoped
public class JpaBureauCaseRepository implements BureauCaseRepository {

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Override
    public Optional<BureauCase> find(long id) {
        return Optional.ofNullable(em.find(BureauCase.class, id));
    }

    @Override
    public Optional<BureauCase> findByOrder(String orderNumber) {
        return em.createNamedQuery("BureauCase.findByOrder", BureauCase.class).setParameter("orderNumber", orderNumber)
                .getResultStream().findFirst();
    }

    @Override
    public List<Long> listDue(Instant now, int max) {
        return em.createNamedQuery("BureauCase.listDue", BureauCase.class).setParameter("now", now).setMaxResults(max)
                .getResultList().stream().map(BureauCase::getId).toList();
    }

    @Override
    public List<Long> listWithExpiredChecks(Instant now, int max) {
        return em.createNamedQuery("BureauCase.listChecking", BureauCase.class).setParameter("now", now).setMaxResults(max)
                .getResultList().stream().map(BureauCase::getId).toList();
    }

    @Override
    public List<SmsCheck> listOpenChecksByMobile(String mobile) {
        return em.createNamedQuery("SmsCheck.listOpenByMobile", SmsCheck.class).setParameter("mobile", mobile).getResultList();
    }

    @Override
    public BureauCase add(BureauCase bureauCase) {
        em.persist(bureauCase);
        return bureauCase;
    }

    @Override
    public void remove(BureauCase bureauCase) {
        em.remove(bureauCase);
        em.flush();
    }

    @Override
    public IcpNumberIssue add(IcpNumberIssue issue) {
        em.persist(issue);
        return issue;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
