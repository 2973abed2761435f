package org.beian.domain.model.check.catalogue;

import java.util.ArrayList;
import java.util.List;
import org.beian.domain.model.filing.PersonData;
import org.beian.domain.model.filing.WebsiteData;

/**
 * A responsible person the order states in its own fields, with the path prefix of those fields
 * ({@code subject.principal} or {@code websites[i].principal}). A website principal "same as subject"
 * has no fields of its own and is not listed.
 *
 * @param websiteIndex the website's index, or -1 for the subject principal
 */
record Principal(String path, PersonData data, int websiteIndex) {

    boolean ofSubject() {
        return websiteIndex < 0;
    }

    String field(String name) {
        return path + "." + name;
    }

    /** The principals whose fields this order type checks; a missing one is reported when required. */
    static List<Principal> inScope(Evaluation e) {
        List<Principal> principals = new ArrayList<>();
        if (e.scope().subject() && e.subject() != null) {
            if (e.subjectPrincipal() != null) {
                principals.add(new Principal("subject.principal", e.subjectPrincipal(), -1));
            }
        }
        if (e.scope().websites()) {
            for (int i = 0; i < e.websites().size(); i++) {
                WebsiteData website = e.websites().get(i);
                if (!website.principalSameAsSubject() && website.principal() != null) {
                    principals.add(new Principal("websites[" + i + "].principal", website.principal(), i));
                }
            }
        }
        return principals;
    }

    /** Reports the principals the order should state but does not (complete orders only). */
    static void requirePresent(Evaluation e) {
        if (!e.scope().complete()) {
            return;
        }
        if (e.scope().subject() && e.subject() != null && e.subjectPrincipal() == null) {
            e.add(Rule.FIELD_REQUIRED, "subject.principal");
        }
        if (e.scope().websites()) {
            for (int i = 0; i < e.websites().size(); i++) {
                WebsiteData website = e.websites().get(i);
                if (!website.principalSameAsSubject() && website.principal() == null) {
                    e.add(Rule.FIELD_REQUIRED, "websites[" + i + "].principal");
                }
            }
        }
    }
}
