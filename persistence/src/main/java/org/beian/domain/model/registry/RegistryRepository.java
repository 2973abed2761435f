package org.beian.domain.model.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Subjects and websites of this provider's registry. */
public interface RegistryRepository {

    Optional<Subject> findSubjectByIcpNumber(String icpNumber);

    Optional<Subject> findSubject(long id);

    Optional<Subject> findSubjectByCertificate(String certificateType, String certificateNumber);

    /**
     * A subject (not cancelled) whose principal, or one of whose websites' principals (website not
     * cancelled), uses this mobile number: one mobile serves one subject.
     */
    Optional<Subject> findSubjectUsingMobile(String mobile);

    Optional<Website> findWebsiteByIcpNumber(String icpNumber);

    /** Websites (not cancelled) that list this registrable domain. */
    List<Website> listWebsitesByDomain(String domain);

    /** A subject's websites with their domains, homepages and access records, in one round of queries. */
    List<Website> listWebsitesOfSubject(long subjectId);

    /** How many websites (not cancelled) are hosted on the cloud resource with this reference. */
    long countWebsitesOnCloudService(String reference);

    /** Normal websites approved in (from, to] that still have no public-security filing number, oldest first. */
    List<WebsiteAwaitingPublicSecurity> listAwaitingPublicSecurity(Instant from, Instant to, int max);

    /** Masked views for lists: certificate and phone numbers never leave the database in full. */
    List<SubjectSummary> summariesOfAccount(long accountId);

    Subject add(Subject subject);

    Website add(Website website);
}
