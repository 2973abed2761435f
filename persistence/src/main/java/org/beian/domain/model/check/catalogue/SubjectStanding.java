package org.beian.domain.model.check.catalogue;

import org.beian.domain.model.check.Text;
import org.beian.domain.model.national.NationalRegistry;

/**
 * Where a subject (by certificate type and number) is filed: nowhere, here under this or another
 * account, or through another provider. Checked here first, since the national registry also lists the
 * subjects filed here.
 *
 * @param here      the filing here, or null
 * @param elsewhere the national record of a filing through another provider, or null
 */
record SubjectStanding(Kind kind, CheckContext.FiledSubject here, NationalRegistry.SubjectRecord elsewhere) {

    enum Kind { NEW, HERE_THIS_ACCOUNT, HERE_OTHER_ACCOUNT, ELSEWHERE }

    static SubjectStanding of(String certificateType, String certificateNumber, CheckContext context) {
        if (Text.fold(certificateType).isEmpty() || Text.compactUpper(certificateNumber).isEmpty()) {
            return new SubjectStanding(Kind.NEW, null, null);
        }
        CheckContext.FiledSubject here = context.findSubjectFiledHere(certificateType, certificateNumber).orElse(null);
        if (here != null) {
            return new SubjectStanding(here.sameAccount() ? Kind.HERE_THIS_ACCOUNT : Kind.HERE_OTHER_ACCOUNT, here, null);
        }
        return context.nationalRegistry().findSubject(certificateType, certificateNumber)
                .map(record -> new SubjectStanding(Kind.ELSEWHERE, null, record))
                .orElse(new SubjectStanding(Kind.NEW, null, null));
    }

    String icpNumber() {
        return here != null ? here.icpNumber() : elsewhere != null ? elsewhere.icpNumber() : null;
    }

    /** The nature on record, or null when the subject is new. */
    String filedNature() {
        return here != null ? here.nature() : elsewhere != null ? elsewhere.nature() : null;
    }

    String filedProvinceCode() {
        return here != null ? here.provinceCode() : elsewhere != null ? elsewhere.provinceCode() : null;
    }
}
