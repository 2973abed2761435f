package org.beian.domain.model.check.catalogue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.beian.domain.model.filing.DomainRegistration;
import org.beian.domain.model.national.NationalRegistry;

/**
 * What the rules need to know beyond the order itself: this provider's registry, the account that owns
 * the order, and the national registry. The application layer implements it with JPA for one account
 * and one order; tests use an in-memory implementation.
 *
 * <p>Conventions: certificate numbers are passed as typed (implementations compare them folded, upper
 * case, without spaces); domains are passed in normalised Unicode lower case ({@code 例子.中国}); mobiles
 * as 11 digits.
 */
public interface CheckContext {

    /** A subject already filed with this provider. */
    record FiledSubject(String icpNumber, String provinceCode, String nature, String name, boolean sameAccount) {}

    /** A website already filed with this provider (access with this provider included). */
    record FiledWebsite(String websiteIcpNumber, String subjectIcpNumber, String subjectName, boolean sameAccount) {}

    /** The subject whose principal (subject or website principal) already uses a mobile number. */
    record MobileHolder(String certificateType, String certificateNumber, String subjectName) {}

    /** What a cloud resource is (the entity's {@code CloudResource.Kind}, by name). */
    enum ResourceKind { SERVER, WEB_HOSTING }

    /** How a cloud resource is paid (the entity's {@code CloudResource.BillingMode}, by name). */
    enum BillingMode { PREPAID, POSTPAID }

    /**
     * A cloud resource of the account. {@code websitesHosted} counts the websites already filed or in other
     * orders on it, not those of the order being checked.
     */
    record CloudResourceInfo(String reference, ResourceKind kind, boolean mainland, BillingMode billingMode, int purchasedMonths, LocalDate expiresOn,
                             String publicIp, int websitesHosted) {}

    /** A filing authorisation code as seen from the account of the order. */
    record AuthorisationCodeInfo(String code, LocalDate expiresOn, boolean revoked, boolean issuedByThisAccount,
                                 boolean heldByAnotherAccount) {}

    /** The number of another order of this account that is still in progress, if any. */
    Optional<String> findOtherOrderInProgress();

    /** The subject with this certificate filed with this provider, under any account. */
    Optional<FiledSubject> findSubjectFiledHere(String certificateType, String certificateNumber);

    /** The website filed with this provider that holds this domain. */
    Optional<FiledWebsite> findWebsiteFiledHereByDomain(String domain);

    /** The website filed with this provider under this website ICP number. */
    Optional<FiledWebsite> findWebsiteFiledHere(String websiteIcpNumber);

    /** The subject (of any account) whose subject or website principal already uses this mobile number. */
    Optional<MobileHolder> findSubjectUsingMobile(String mobile);

    /**
     * Whether the account has shown it reaches this mobile (11 digits): confirmed by a code in the wizard,
     * or the account's own mobile, confirmed at registration.
     */
    boolean isMobileConfirmed(String mobile);

    /** The account's own server or web-hosting resource with this instance id. */
    Optional<CloudResourceInfo> findCloudResource(String reference);

    Optional<AuthorisationCodeInfo> findAuthorisationCode(String code);

    /** The purposes of the documents attached to the order (see {@link DocumentPurposes}). */
    Set<String> attachedDocumentPurposes();

    /** Filings through other providers (and the filing password check). */
    NationalRegistry nationalRegistry();

    /**
     * The domain's registration as the registrar reports it (expiry and registrant), when a registration
     * lookup is wired in. The default knows nothing, so the rules fall back to what the applicant entered
     * in the order ({@code websites[i].domainRegistrations}).
     */
    default Optional<DomainRegistration> findDomainRegistration(String domain) {
        return Optional.empty();
    }
}
