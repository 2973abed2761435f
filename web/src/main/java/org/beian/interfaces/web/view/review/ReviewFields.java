package org.beian.interfaces.web.view.review;

import java.util.ArrayList;
import java.util.List;
import org.beian.application.dto.AttachedDocument;
import org.beian.application.dto.Choice;
import org.beian.application.dto.OrderView;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.WebsiteData;
import org.beian.interfaces.web.i18n.Messages;

/**
 * The fields of an order a reviewer can remark on, by the paths the wizard and the catalogue use
 * ({@code subject.name}, {@code websites[0].principal.mobile}, {@code documents.subject.licence}), each
 * with a label in the reviewer's language: the applicant then sees the remark on that very field.
 */
public final class ReviewFields {

    private static final List<String> SUBJECT = List.of("name", "certificateNumber", "certificateAddress", "investor",
            "legalRepresentative", "mailingAddress", "remark");
    private static final List<String> PERSON = List.of("name", "certificateNumber", "officePhone", "mobile", "emergencyPhone", "email");
    private static final List<String> WEBSITE = List.of("name", "domains", "homepageUrls", "serviceContent", "preApprovalTypes", "remark");

    private ReviewFields() {}

    /** The field's label for the order ("主体信息 · 通信地址"), or the path when it names no field of it. */
    public static String label(OrderView order, String path) {
        return of(order).stream().filter(f -> f.code().equals(path)).map(Choice::label).findFirst().orElse(path);
    }

    static List<Choice> of(OrderView order) {
        List<Choice> fields = new ArrayList<>();
        FilingSnapshot snapshot = order.snapshot();
        String subjectSection = Messages.text("wizard.step.subject");
        if (snapshot.subject() != null) {
            SUBJECT.forEach(f -> fields.add(new Choice("subject." + f, subjectSection + " · " + Messages.text(subjectLabel(f)))));
            person(fields, "subject.principal", subjectSection + " · " + Messages.text("review.field.subjectPrincipal"));
        }
        for (int i = 0; i < snapshot.websites().size(); i++) {
            WebsiteData website = snapshot.websites().get(i);
            String section = Messages.text("review.field.website", i + 1, website.name() == null ? "" : website.name());
            for (String f : WEBSITE) {
                fields.add(new Choice("websites[" + i + "]." + f, section + " · " + Messages.text("field.website." + f)));
            }
            if (!website.principalSameAsSubject()) {
                person(fields, "websites[" + i + "].principal", section + " · " + Messages.text("review.field.websitePrincipal"));
            }
        }
        String documents = Messages.text("wizard.step.documents");
        for (AttachedDocument document : order.documents()) {
            fields.add(new Choice("documents." + document.purpose(), documents + " · " + DocumentLabels.of(document.purpose())));
        }
        return fields;
    }

    private static void person(List<Choice> fields, String path, String section) {
        PERSON.forEach(f -> fields.add(new Choice(path + "." + f, section + " · " + Messages.text("field.person." + f))));
    }

    /** The subject's certificate number is labelled as on the start page, where it is entered. */
    private static String subjectLabel(String field) {
        return field.equals("certificateNumber") ? "field.certificateNumber" : "field.subject." + field;
    }
}
