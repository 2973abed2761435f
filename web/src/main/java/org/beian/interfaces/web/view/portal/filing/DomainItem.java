package org.beian.interfaces.web.view.portal.filing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.beian.domain.model.filing.DomainRegistration;

/**
 * One domain row of a website: the domain, and what its registration certificate says — the expiry date
 * and the real-name holder. Both are optional: the registrar is asked first (DomainLookup); what the
 * applicant enters is used when the registrar does not know the domain.
 */
public class DomainItem extends TextItem {

    private static final long serialVersionUID = 1L;

    private LocalDate expiresOn;
    private String registrant;

    public DomainItem() {}

    DomainItem(String domain, DomainRegistration registration) {
        super(domain);
        if (registration != null) {
            this.expiresOn = parse(registration.expiresOn());
            this.registrant = registration.registrant();
        }
    }

    /** The registration entered for this domain, or null when nothing was entered. */
    DomainRegistration registration() {
        String domain = Blank.toNull(getValue());
        String holder = Blank.toNull(registrant);
        if (domain == null || (expiresOn == null && holder == null)) {
            return null;
        }
        return new DomainRegistration(domain, expiresOn == null ? null : expiresOn.toString(), holder);
    }

    private static LocalDate parse(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null; // entered elsewhere (API) in another form: shown empty, the checks still read the stored text
        }
    }

    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
    public String getRegistrant() { return registrant; }
    public void setRegistrant(String registrant) { this.registrant = registrant; }
}
