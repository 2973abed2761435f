package org.beian.domain.model.national;

import java.util.List;
import java.util.Optional;

/**
 * The ministry's national registry as far as the desk may ask it: who filed a domain or a certificate
 * number through any provider, and whether a filing password is right. In this product a stand-in
 * backed by our database answers; a real bureau query can replace it behind this interface.
 */
public interface NationalRegistry {

    record SubjectRecord(String icpNumber, String provinceCode, String nature, String certificateType,
                         String certificateNumber, String name, String principalName, String status) {}

    record WebsiteRecord(String icpNumber, String name, List<String> domains, List<String> accessProviders,
                         String status, SubjectRecord subject) {}

    Optional<WebsiteRecord> findByDomain(String domain);

    Optional<SubjectRecord> findSubject(String certificateType, String certificateNumber);

    List<WebsiteRecord> listWebsitesOf(String subjectIcpNumber);

    /** Whether the password is the subject's filing password (备案密码). */
    boolean verifyFilingPassword(String subjectIcpNumber, String password);
}
