package org.beian.domain.model.filing;

import java.io.Serializable;

/** A responsible person as an order proposes it. Any field may still be missing in a draft. */
public record PersonData(String name, String certificateType, String certificateNumber, String officePhone,
                         String mobile, String email) implements Serializable {
}
