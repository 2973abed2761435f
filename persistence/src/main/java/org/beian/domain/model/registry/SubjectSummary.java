package org.beian.domain.model.registry;

import java.io.Serializable;

/**
 * A subject in a list: certificate number masked as first 6 + {@code ********} + last 4, mobile as
 * first 3 + {@code ****} + last 4. The masking happens in the query, so full values are never loaded.
 */
public record SubjectSummary(long id, String icpNumber, String name, String nature, SubjectStatus status,
                             String maskedCertificateNumber, String principalName, String maskedMobile)
        implements Serializable {
}
