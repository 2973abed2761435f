package org.beian.domain.model.check.catalogue;

import java.util.Set;
import org.beian.domain.model.check.identity.CertificateKind;

/**
 * Maps the certificate type codes of certificate_types.csv to the number checks of
 * {@link org.beian.domain.model.check.identity.CertificateNumbers}. Organisation certificates other than
 * the licence and the credit-code certificate have no public number format, so only their length is
 * checked.
 */
public final class CertificateTypes {

    public static final String RESIDENT_ID = "RESIDENT_ID";
    public static final String BUSINESS_LICENCE = "BUSINESS_LICENCE";
    public static final String UNIFIED_SOCIAL_CREDIT_CODE = "UNIFIED_SOCIAL_CREDIT_CODE";

    private static final Set<String> RESIDENCE_PERMITS = Set.of("HK_MACAO_RESIDENCE_PERMIT", "TAIWAN_RESIDENCE_PERMIT");

    private CertificateTypes() {}

    public static CertificateKind kindOf(String certificateType) {
        if (certificateType == null) {
            return CertificateKind.OTHER;
        }
        if (RESIDENCE_PERMITS.contains(certificateType)) {
            return CertificateKind.HK_MACAO_TAIWAN_RESIDENCE_PERMIT;
        }
        if (UNIFIED_SOCIAL_CREDIT_CODE.equals(certificateType)) {
            return CertificateKind.BUSINESS_LICENCE;
        }
        for (CertificateKind kind : CertificateKind.values()) {
            if (kind.name().equals(certificateType)) {
                return kind;
            }
        }
        return CertificateKind.OTHER;
    }

    /** Whether the number encodes a birth date and sex (GB 11643 layout): the age rules can use it. */
    public static boolean carriesBirthDate(String certificateType) {
        CertificateKind kind = kindOf(certificateType);
        return kind == CertificateKind.RESIDENT_ID || kind == CertificateKind.HK_MACAO_TAIWAN_RESIDENCE_PERMIT;
    }
}
