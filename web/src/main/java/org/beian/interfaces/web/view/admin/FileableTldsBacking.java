package org.beian.interfaces.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.beian.application.desk.AdministrationDesk;
import org.beian.application.dto.FileableTldView;
import org.beian.application.dto.NewFileableTld;
import org.beian.interfaces.security.Callers;
import org.beian.interfaces.web.i18n.Messages;

/**
 * Backs /admin/tlds.xhtml: the domain suffixes, fileable or not, with both forms shown; a suffix is
 * added in either form and switched on or off in its row. The next check of any order applies it.
 */
@Named("adminTlds")
@ViewScoped
public class FileableTldsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AdministrationDesk administration;

    @Inject
    private Callers callers;

    private String suffix;
    private boolean fileable = true;
    private String note;
    private List<FileableTldView> tlds;

    public List<FileableTldView> getTlds() {
        if (tlds == null) {
            tlds = administration.fileableTlds(callers.current());
        }
        return tlds;
    }

    public void add() {
        FileableTldView added = administration.addFileableTld(callers.current(), new NewFileableTld(suffix, fileable, note));
        Messages.info("admin.tlds.added", added.tld(), added.ascii());
        suffix = null;
        note = null;
        fileable = true;
        tlds = null;
    }

    public void switchFileable(FileableTldView tld, boolean on) {
        administration.setTldFileable(callers.current(), tld.tld(), on);
        Messages.info(on ? "admin.tlds.switchedOn" : "admin.tlds.switchedOff", tld.tld());
        tlds = null;
    }

    public String getSuffix() { return suffix; }
    public void setSuffix(String suffix) { this.suffix = suffix; }
    public boolean isFileable() { return fileable; }
    public void setFileable(boolean fileable) { this.fileable = fileable; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
