package org.beian.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.beian.domain.model.resource.AuthorisationCode;
import org.beian.domain.model.resource.CloudResource;
import org.beian.domain.model.resource.CurtainRequest;
import org.beian.domain.model.resource.ResourceRepository;

@ApplicationScoped
public class JpaResourceRepository implements ResourceRepository {

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Override
    public List<CloudResource> listResourcesOfAccount(long accountId) {
        return em.createNamedQuery("CloudResource.listByAccount", CloudResource.class)
                .setParameter("accountId", accountId).getResultList();
    }

    @Override
    public Optional<CloudResource> findResourceByInstance(String instanceId) {
        return em.createNamedQuery("CloudResource.findByInstance", CloudResource.class)
                .setParameter("instanceId", instanceId).getResultStream().findFirst();
    }

    @Override
    public Optional<AuthorisationCode> findAuthorisationCode(String code) {
        return em.createNamedQuery("AuthorisationCode.findByCode", AuthorisationCode.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public List<AuthorisationCode> listCodesIssuedBy(long accountId) {
        return em.createNamedQuery("AuthorisationCode.listByIssuer", AuthorisationCode.class)
                .setParameter("accountId", accountId).getResultList();
    }

    @Override
    public List<CurtainRequest> listCurtainRequestsOf(long accountId) {
        return em.createNamedQuery("CurtainRequest.listByAccount", CurtainRequest.class)
                .setParameter("accountId", accountId).getResultList();
    }

    @Override
    public long countFreeCurtainRequestsOf(long accountId) {
        return em.createNamedQuery("CurtainRequest.countFreeByAccount", Long.class)
                .setParameter("accountId", accountId).getSingleResult();
    }

    @Override
    public List<CurtainRequestOfAccount> listCurtainRequests(CurtainRequest.State state, int max) {
        String query = state == CurtainRequest.State.DELIVERED ? "CurtainRequest.listDelivered" : "CurtainRequest.listByState";
        return em.createNamedQuery(query, Object[].class).setParameter("state", state).setMaxResults(max).getResultList()
                .stream().map(row -> new CurtainRequestOfAccount((CurtainRequest) row[0], (String) row[1])).toList();
    }

    @Override
    public Optional<CurtainRequest> findCurtainRequest(long id) {
        return Optional.ofNullable(em.find(CurtainRequest.class, id));
    }

    @Override
    public CloudResource add(CloudResource resource) {
        em.persist(resource);
        return resource;
    }

    @Override
    public AuthorisationCode add(AuthorisationCode code) {
        em.persist(code);
        return code;
    }

    @Override
    public CurtainRequest add(CurtainRequest request) {
        em.persist(request);
        return request;
    }
}
