package org.beian.interfaces.web.view.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.beian.application.desk.ApplicantDesk;
import org.beian.application.dto.WebsiteFilingView;
import org.beian.interfaces.security.Callers;
import org.beian.interfaces.web.i18n.Messages;

/**
 * Backs /portal/website.xhtml?number=…: one filed website after approval — the filing number to paste
 * into the site's footer, the public-security filing guide with every value the desk knows, and the
 * form to record the public-security number, which stops the reminders. Every fact comes from
 * {@link ApplicantDesk#websiteFiling}; the page only lays it out.
 */
@Named("websitePage")
@ViewScoped
public class WebsiteBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicantDesk applicant;

    @Inject
    private Callers callers;

    private String number;
    private WebsiteFilingView website;
    private String publicSecurityNumber;
    private LocalDate filedOn;

    public void load() {
        website = applicant.websiteFiling(callers.current(), number);
        // A recorded number is shown in the form, to be corrected if it was mistyped.
        publicSecurityNumber = website.publicSecurity().number();
        filedOn = website.publicSecurity().filedOn();
    }

    /** Records the number; a refused day is told on its field by the exception handler, with what was typed kept. */
    public void record() {
        boolean correction = website.publicSecurity().recorded();
        applicant.recordPublicSecurityNumber(callers.current(), website.icpNumber(), publicSecurityNumber.strip(), filedOn);
        website = applicant.websiteFiling(callers.current(), number);
        Messages.info(correction ? "website.ps.corrected" : "website.ps.recorded", publicSecurityNumber.strip());
    }

    public WebsiteFilingView getWebsite() { return website; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getPublicSecurityNumber() { return publicSecurityNumber; }
    public void setPublicSecurityNumber(String publicSecurityNumber) { this.publicSecurityNumber = publicSecurityNumber; }
    public LocalDate getFiledOn() { return filedOn; }
    public void setFiledOn(LocalDate filedOn) { this.filedOn = filedOn; }
}
