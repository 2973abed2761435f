package org.beian.interfaces.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.beian.application.desk.AdministrationDesk;
import org.beian.application.dto.ReasonTemplateView;
import org.beian.interfaces.security.Callers;
import org.beian.interfaces.web.i18n.Messages;

/**
 * Backs /admin/reasons.xhtml: the reviewers' reason templates. "Edit" fills the form with a template;
 * saving with an existing code changes it, with a new code adds one. Templates are deactivated, not
 * deleted, so the dashboard can still name the reasons old remarks gave.
 */
@Named("adminReasons")
@ViewScoped
public class ReasonTemplatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AdministrationDesk administration;

    @Inject
    private Callers callers;

    private String code;
    private String textZh;
    private String textEn;
    private int sortOrder = 100;
    private boolean active = true;
    private boolean editing;
    private List<ReasonTemplateView> templates;

    public List<ReasonTemplateView> getTemplates() {
        if (templates == null) {
            templates = administration.reasonTemplates(callers.current());
        }
        return templates;
    }

    public void edit(ReasonTemplateView template) {
        code = template.code();
        textZh = template.textZh();
        textEn = template.textEn();
        sortOrder = template.sortOrder();
        active = template.active();
        editing = true;
    }

    public void save() {
        ReasonTemplateView saved = administration.saveReasonTemplate(callers.current(),
                new ReasonTemplateView(code == null ? null : code.strip(), textZh, textEn, sortOrder, active));
        Messages.info("admin.reasons.saved", saved.code());
        clear();
    }

    public void clear() {
        code = null;
        textZh = null;
        textEn = null;
        sortOrder = 100;
        active = true;
        editing = false;
        templates = null;
    }

    public boolean isEditing() { return editing; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTextZh() { return textZh; }
    public void setTextZh(String textZh) { this.textZh = textZh; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String textEn) { this.textEn = textEn; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
