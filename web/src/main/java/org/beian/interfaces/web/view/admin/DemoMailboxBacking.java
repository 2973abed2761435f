package org.beian.interfaces.web.view.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.beian.application.desk.AdministrationDesk;
import org.beian.application.dto.DemoMail;
import org.beian.interfaces.security.Callers;

/**
 * Backs /admin/demo-mailbox.xhtml (demo mode only): the e-mails that reached the demo mail server the run
 * command starts with the desk, newest first, each opened in its row. Without a demo mail server (production)
 * the page answers 404 and the administration links leave it out ({@link #isAvailable()}).
 */
@Named("adminDemoMailbox")
@ViewScoped
public class DemoMailboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ROWS = 100;

    @Inject
    private AdministrationDesk administration;

    @Inject
    private Callers callers;

    private Boolean available;

    private List<DemoMail> mails = List.of();

    public boolean isAvailable() {
        if (available == null) {
            available = administration.demoMailboxAvailable(callers.current());
        }
        return available;
    }

    /** f:viewAction: the mails, or 404 when the desk runs without a demo mail server. */
    public void load() throws IOException {
        if (!isAvailable()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
            return;
        }
        refresh();
    }

    public void refresh() {
        mails = List.of(); // nothing stale if the server does not answer
        mails = administration.demoMails(callers.current(), ROWS);
    }

    public List<DemoMail> getMails() {
        return mails;
    }
}
