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
    /** An expiry stored in another form (entered through the API): kept as it was until a date is chosen here. */
    private String storedExpiry;
    private String registrant;

    public DomainItem() {}

    DomainItem(String domain, DomainRegistration registration) {
        super(domain);
        if (registration != null) {
            this.expiresOn = parse(registration.expiresOn());
            this.storedExpiry = expiresOn == null ? Blank.toNull(registration.expiresOn()) : null;
            this.registrant = registration.registrant();
        }
    }

    /** The registration entered for this domain, or null when nothing was entered. */
    DomainRegistration registration() {
        String domain = Blank.toNull(getValue());
        String holder = Blank.toNull(registrant);
        String expiry = expiresOn == null ? storedExpiry : expiresOn.toString();
        if (domain == null || (expiry == null && holder == null)) {
            return null;
        }
        return new DomainRegistration(domain, expiry, holder);
    }

    private static LocalDate parse(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null; // entered elsewhere (API) in another form: shown empty here, stored as it was (storedExpiry)
        }
    }

    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate expiresOn) {
        // The page posts the field on every save: only a date actually chosen replaces what was stored.
        if (expiresOn != null) {
            this.storedExpiry = null;
        }
        this.expiresOn = expiresOn;
    }
    public String getRegistrant() { return registrant; }
    public void setRegistrant(String registrant) { this.registrant = registrant; }
}
