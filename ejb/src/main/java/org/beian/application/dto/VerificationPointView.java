package org.beian.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;

/** A verification point as administrators see it; {@code active} false: applicants are not shown it. */
public record VerificationPointView(long id, String provinceCode, String name, String address, String openingHours,
                                    String phone, BigDecimal latitude, BigDecimal longitude, boolean active) implements Serializable {
}
