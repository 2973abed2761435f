package org.beian.interfaces.web.view.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.beian.application.desk.ApplicantDesk;
import org.beian.application.dto.SubjectFilingView;
import org.beian.interfaces.security.Callers;
import org.beian.interfaces.web.i18n.LocaleSelection;

/**
 * Backs /portal/subject.xhtml?number=…: one of the account's filed subjects with its number, status and
 * details (certificate and phone numbers masked by the desk), and its websites with their numbers.
 */
@Named("subjectPage")
@ViewScoped
public class SubjectBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicantDesk applicant;

    @Inject
    private Callers callers;

    @Inject
    private LocaleSelection localeSelection;

    private String number;
    private SubjectFilingView subject;

    public void load() {
        subject = applicant.subjectFiling(callers.current(), number, localeSelection.getLocale());
    }

    public SubjectFilingView getSubject() { return subject; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
}
