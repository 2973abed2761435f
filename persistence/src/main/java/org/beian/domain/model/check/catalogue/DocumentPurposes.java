package org.beian.domain.model.check.catalogue;

/**
 * The purpose strings of documents attached to an order ({@code OrderDocument.purpose}), shared by the
 * portal's upload slots and the document rules. A finding about a missing document reports on
 * {@code "documents." + purpose}. Identity documents are attached as front and back, or as one image
 * holding both sides.
 */
public final class DocumentPurposes {

    /** 营业执照 or another organisation certificate (not for individuals). */
    public static final String SUBJECT_LICENCE = "subject.licence";
    /** Identity document of the subject principal; add {@link #FRONT}, {@link #BACK} or {@link #BOTH}. */
    public static final String SUBJECT_PRINCIPAL_ID = "subject.principal.id";
    /** 就业证明 of an individual below the province's age without employment proof. */
    public static final String SUBJECT_PRINCIPAL_EMPLOYMENT_PROOF = "subject.principal.employmentProof";
    /** Guardian's consent (Tianjin: an individual under 18 needs a guardian). */
    public static final String SUBJECT_PRINCIPAL_GUARDIAN_CONSENT = "subject.principal.guardianConsent";
    /** Authorisation letter of the legal representative, where a province accepts one (beyond-the-seed §2.6). */
    public static final String SUBJECT_PRINCIPAL_AUTHORISATION = "subject.principal.authorisation";
    /** 居住证 of an individual filing outside the ID-card province, where the province accepts it. */
    public static final String SUBJECT_RESIDENCE_PERMIT = "subject.residencePermit";
    /** The financial regulator's approval when the subject name holds a finance keyword. */
    public static final String SUBJECT_FINANCE_APPROVAL = "subject.financeApproval";

    public static final String FRONT = ".front";
    public static final String BACK = ".back";
    public static final String BOTH = ".both";

    private DocumentPurposes() {}

    /** Identity document of website {@code i}'s own principal; add a side suffix. */
    public static String websitePrincipalId(int i) {
        return website(i) + ".principal.id";
    }

    /** 网站备案信息真实性核验单, signed (organisations: and stamped). */
    public static String verificationForm(int i) {
        return website(i) + ".verificationForm";
    }

    /** The approval document for a pre-approval content type other than NONE. */
    public static String preApproval(int i, PreApprovalType type) {
        return website(i) + ".preApproval." + type.name();
    }

    /** The financial regulator's approval when the website name holds a finance keyword. */
    public static String financeApproval(int i) {
        return website(i) + ".financeApproval";
    }

    private static String website(int i) {
        return "websites[" + i + "]";
    }
}
