package org.beian.domain.model.resource;

import java.util.List;
import java.util.Optional;

/** An account's cloud resources, the authorisation codes issued on them, and curtain requests. */
public interface ResourceRepository {

    List<CloudResource> listResourcesOfAccount(long accountId);

    Optional<CloudResource> findResourceByInstance(String instanceId);

    Optional<AuthorisationCode> findAuthorisationCode(String code);

    List<AuthorisationCode> listCodesIssuedBy(long accountId);

    List<CurtainRequest> listCurtainRequestsOf(long accountId);

    long countFreeCurtainRequestsOf(long accountId);

    CloudResource add(CloudResource resource);

    AuthorisationCode add(AuthorisationCode code);

    CurtainRequest add(CurtainRequest request);
}
