package org.beian.domain.model.filing;

import java.io.Serializable;

/**
 * The sponsor (主办单位) as an order proposes it: every field of the subject form. {@code icpNumber} is
 * set when the order concerns an already filed subject (add website, change, access, cancellation).
 */
public record SubjectData(String provinceCode, String cityCode, String districtCode, String nature,
                          String certificateType, String certificateNumber, String name, String certificateAddress,
                          String investor, String legalRepresentative, String mailingAddress, String remark,
                          PersonData principal, String icpNumber) implements Serializable {
}
