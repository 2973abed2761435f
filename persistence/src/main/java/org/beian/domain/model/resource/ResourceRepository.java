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

    /** A curtain request and the username of the account that made it, as the administrators' list shows it. */
    record CurtainRequestOfAccount(CurtainRequest request, String username) {}

    /**
     * Every account's requests in the state, at most {@code max}: the open ones (REQUESTED, SHIPPED)
     * the earliest to ship first, the delivered ones the latest delivered first.
     */
    List<CurtainRequestOfAccount> listCurtainRequests(CurtainRequest.State state, int max);

    Optional<CurtainRequest> findCurtainRequest(long id);

    CloudResource add(CloudResource resource);

    AuthorisationCode add(AuthorisationCode code);

    CurtainRequest add(CurtainRequest request);
}
