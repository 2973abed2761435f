package org.beian.interfaces.web.view.portal.filing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.beian.application.desk.ApplicantDesk;
import org.beian.application.dto.Choice;
import org.beian.domain.model.check.catalogue.DocumentPurposes;
import org.beian.domain.model.check.catalogue.PreApprovalType;
import org.beian.domain.model.document.DocumentKind;

/**
 * What the upload step asks for, as the seed lists it: the organisation's certificate, the identity
 * document of the subject principal and of each website's own principal (both sides in one image, or
 * front and back), each website's verification form, the pre-approval documents of the content types
 * chosen, and any further document the checks ask for (employment proof, authorisation letter, …).
 */
@ApplicationScoped
public class UploadSlots {

    @Inject
    private ApplicantDesk applicant;

    /** @param subjectDocuments whether the subject's own documents are asked for (not for a subject filed here) */
    List<UploadSlot> of(DraftForm form, boolean subjectDocuments, Map<String, Long> attached, Map<String, Boolean> separateSides,
                        Set<String> asked, Locale locale) {
        List<UploadSlot> slots = new ArrayList<>();
        SubjectForm subject = form.getSubject();
        boolean individual = "INDIVIDUAL".equals(subject.getNature());
        String subjectName = nonNull(subject.getName());
        if (subjectDocuments && !individual) {
            String typeLabel = label(subject.getNature() == null ? List.of() : applicant.certificateTypes(subject.getNature(), locale),
                    subject.getCertificateType());
            slots.add(slot(DocumentPurposes.SUBJECT_LICENCE, DocumentKind.ORGANISATION_CERTIFICATE, "upload.licence", subjectName,
                    typeLabel + "，" + nonNull(subject.getCertificateNumber()), "upload.licence.hint", -1, attached));
        }
        if (subjectDocuments) {
            identity(slots, DocumentPurposes.SUBJECT_PRINCIPAL_ID, "upload.id.subjectPrincipal", subject.getPrincipal(), attached,
                    separateSides);
        }
        for (int i = 0; i < form.getWebsites().size(); i++) {
            WebsiteForm website = form.getWebsites().get(i);
            if (!website.isPrincipalSameAsSubject()) {
                identity(slots, DocumentPurposes.websitePrincipalId(i), "upload.id.websitePrincipal", website.getPrincipal(), attached,
                        separateSides);
            }
        }
        for (int i = 0; i < form.getWebsites().size(); i++) {
            WebsiteForm website = form.getWebsites().get(i);
            PersonForm principal = website.isPrincipalSameAsSubject() ? subject.getPrincipal() : website.getPrincipal();
            String homepage = Blank.values(website.getHomepageUrls()).stream().findFirst().orElse("");
            slots.add(slot(DocumentPurposes.verificationForm(i), DocumentKind.VERIFICATION_FORM, "upload.verificationForm",
                    nonNull(website.getName()), nonNull(principal.getName()) + "，" + homepage,
                    individual ? "upload.verificationForm.hint.individual" : "upload.verificationForm.hint.organisation", i, attached));
            for (String code : website.getPreApprovalTypes()) {
                PreApprovalType type = PreApprovalType.find(code).orElse(PreApprovalType.NONE);
                if (type != PreApprovalType.NONE) {
                    slots.add(new UploadSlot(DocumentPurposes.preApproval(i, type), DocumentKind.PRE_APPROVAL, "upload.preApproval",
                            nonNull(website.getName()), null, "preApproval." + type.name(), "upload.preApproval.hint", -1,
                            attached.get(DocumentPurposes.preApproval(i, type))));
                }
            }
        }
        for (String purpose : asked) {
            boolean listed = slots.stream().anyMatch(s -> purpose.startsWith(s.purpose()) || s.purpose().startsWith(purpose));
            if (!listed) {
                slots.add(new UploadSlot(purpose, DocumentKind.OTHER, "upload.other", subjectName, null,
                        "purpose." + purpose.replaceAll("\\[\\d+]", ""), "upload.other.hint", -1, attached.get(purpose)));
            }
        }
        return slots;
    }

    /** One image with both sides, or the front and the back apart; the applicant chooses. */
    private static void identity(List<UploadSlot> slots, String purpose, String labelKey, PersonForm person, Map<String, Long> attached,
                                 Map<String, Boolean> separateSides) {
        String owner = nonNull(person.getName());
        String number = nonNull(person.getCertificateNumber());
        boolean separate = separateSides.getOrDefault(purpose, attached.containsKey(purpose + DocumentPurposes.FRONT));
        if (separate) {
            slots.add(slot(purpose + DocumentPurposes.FRONT, DocumentKind.IDENTITY_FRONT, labelKey + ".front", owner, number,
                    "upload.id.hint", -1, attached));
            slots.add(slot(purpose + DocumentPurposes.BACK, DocumentKind.IDENTITY_BACK, labelKey + ".back", owner, number,
                    "upload.id.hint", -1, attached));
        } else {
            slots.add(slot(purpose + DocumentPurposes.BOTH, DocumentKind.IDENTITY_BOTH_SIDES, labelKey, owner, number,
                    "upload.id.hint", -1, attached));
        }
    }

    private static UploadSlot slot(String purpose, DocumentKind kind, String labelKey, String owner, String detail, String hintKey,
                                   int websiteIndex, Map<String, Long> attached) {
        return new UploadSlot(purpose, kind, labelKey, owner, detail, null, hintKey, websiteIndex, attached.get(purpose));
    }

    private static String label(List<Choice> choices, String code) {
        return choices.stream().filter(c -> c.code().equals(code)).map(Choice::label).findFirst().orElse(nonNull(code));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
