package org.beian.domain.model.check.catalogue;

import java.util.Optional;
import org.beian.domain.model.reference.ProvinceRules;

/**
 * The documents each type and nature needs (spec §4 step 4), and the provinces' reminders of what the
 * verification form must show. Pre-approval, finance, employment-proof, guardian, authorisation and
 * residence-permit documents are checked with the rules that require them.
 */
final class DocumentChecks implements CheckFamily {

    @Override
    public void check(Evaluation e) {
        if (e.scope().subjectDocuments() && e.subject() != null) {
            if (!e.individual() && !e.hasDocument(DocumentPurposes.SUBJECT_LICENCE)) {
                e.add(Rule.DOCUMENT_SUBJECT_LICENCE_MISSING, "documents." + DocumentPurposes.SUBJECT_LICENCE);
            }
            if (!e.hasIdentityDocument(DocumentPurposes.SUBJECT_PRINCIPAL_ID)) {
                e.add(Rule.DOCUMENT_SUBJECT_PRINCIPAL_ID_MISSING, "documents." + DocumentPurposes.SUBJECT_PRINCIPAL_ID);
            }
        }
        if (!e.scope().websiteDocuments()) {
            return;
        }
        Optional<ProvinceRules.Applied> fingerprint = e.provinceRule("verification_form.fingerprint")
                .filter(ProvinceRules.Applied::asBoolean);
        Optional<ProvinceRules.Applied> commitment = e.provinceRule("verification_form.commitment_copy.individual")
                .filter(ProvinceRules.Applied::asBoolean)
                .filter(rule -> e.individual());
        for (int i = 0; i < e.websites().size(); i++) {
            String principalId = DocumentPurposes.websitePrincipalId(i);
            boolean ownPrincipal = !e.websitePrincipalIsSubjectPrincipal(i) && e.websites().get(i).principal() != null;
            if (ownPrincipal && !e.hasIdentityDocument(principalId)) {
                e.add(Rule.DOCUMENT_WEBSITE_PRINCIPAL_ID_MISSING, "documents." + principalId, i + 1);
            }
            String form = "documents." + DocumentPurposes.verificationForm(i);
            if (!e.hasDocument(DocumentPurposes.verificationForm(i))) {
                e.add(Rule.DOCUMENT_VERIFICATION_FORM_MISSING, form, i + 1);
            }
            fingerprint.ifPresent(rule -> e.addApplied(Rule.VERIFICATION_FORM_FINGERPRINT, form, rule, e.provinceName(rule.provinceCode())));
            commitment.ifPresent(rule -> e.addApplied(Rule.VERIFICATION_FORM_COMMITMENT_COPY, form, rule, e.provinceName(rule.provinceCode())));
        }
    }
}
