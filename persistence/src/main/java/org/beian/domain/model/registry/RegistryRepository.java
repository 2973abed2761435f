package org.beian.domain.model.registry;

import java.util.List;
import java.util.Optional;

/** Subjects and websites of this provider's registry. */
public interface RegistryRepository {

    Optional<Subject> findSubjectByIcpNumber(String icpNumber);

    Optional<Subject> findSubject(long id);

    Optional<Subject> findSubjectByCertificate(String certificateType, String certificateNumber);

    List<Subject> listSubjectsOfAccount(long accountId);

    /** Subjects whose principal uses this mobile number (one mobile serves one subject). */
    long countSubjectsWithPrincipalMobile(String mobile);

    Optional<Website> findWebsiteByIcpNumber(String icpNumber);

    /** Websites (not cancelled) that list this registrable domain. */
    List<Website> listWebsitesByDomain(String domain);

    /** A subject's websites with their domains, homepages and access records, in one round of queries. */
    List<Website> listWebsitesOfSubject(long subjectId);

    /** Masked views for lists: certificate and phone numbers never leave the database in full. */
    List<SubjectSummary> summariesOfAccount(long accountId);

    Subject add(Subject subject);

    Website add(Website website);
}
