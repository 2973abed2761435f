package org.beian.interfaces.web.view.portal.filing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.beian.domain.model.filing.FilingSnapshot;

/** Everything the wizard edits, as mutable beans for the page; {@link #toSnapshot()} is what is saved and checked. */
public class DraftForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private SubjectForm subject = new SubjectForm();
    private final List<WebsiteForm> websites = new ArrayList<>();

    /** A change filing of the subject alone proposes no website; every other order has at least one to fill in. */
    static DraftForm from(FilingSnapshot snapshot, boolean websitesOptional) {
        DraftForm form = new DraftForm();
        form.subject = SubjectForm.from(snapshot.subject());
        snapshot.websites().forEach(w -> form.websites.add(WebsiteForm.from(w)));
        if (form.websites.isEmpty() && !websitesOptional) {
            form.websites.add(WebsiteForm.empty());
        }
        return form;
    }

    FilingSnapshot toSnapshot() {
        return new FilingSnapshot(subject.toData(), websites.stream().map(WebsiteForm::toData).toList());
    }

    public SubjectForm getSubject() { return subject; }
    public List<WebsiteForm> getWebsites() { return websites; }
}
