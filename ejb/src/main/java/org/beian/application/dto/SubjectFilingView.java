package org.beian.application.dto;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.beian.domain.model.registry.SubjectStatus;
import org.beian.domain.model.registry.WebsiteStatus;

/**
 * A filed subject as its owner's page shows it: codes as names in the caller's language, the region as
 * its divisions' names, certificate numbers, mobiles and e-mail masked (the page never receives them in
 * full), the day the bureau approved it, and its websites.
 */
public record SubjectFilingView(String icpNumber, SubjectStatus status, String name, String nature, String certificateType,
                                String maskedCertificateNumber, String region, String certificateAddress, String investor,
                                String legalRepresentative, String mailingAddress, MaskedPerson principal, LocalDate approvedOn,
                                List<WebsiteRow> websites) implements Serializable {

    /** A responsible person with the numbers masked as the lists mask them. */
    public record MaskedPerson(String name, String certificateType, String maskedCertificateNumber, String officePhone,
                               String maskedMobile, String maskedEmergencyPhone, String maskedEmail) implements Serializable {}

    /** One website of the subject in its list. */
    public record WebsiteRow(String icpNumber, WebsiteStatus status, String name, List<String> domains,
                             List<String> accessProviders, String publicSecurityNumber) implements Serializable {}
}
