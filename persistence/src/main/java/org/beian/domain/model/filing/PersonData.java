package org.beian.domain.model.filing;

import jakarta.json.bind.annotation.JsonbCreator;
import java.io.Serializable;

/**
 * A responsible person as an order proposes it. Any field may still be missing in a draft.
 *
 * @param emergencyPhone the 应急联系电话 current desks ask of every principal: a second mobile on which the
 *                       bureau reaches the person (or, in some provinces, a third person) when the first fails
 */
public record PersonData(String name, String certificateType, String certificateNumber, String officePhone,
                         String mobile, String email, String emergencyPhone) implements Serializable {

    /** The one constructor JSON-B uses (orders store the snapshot as JSON; the API reads it). */
    @JsonbCreator
    public PersonData {
    }

    /** A person without an emergency phone (orders and registry records from before the field existed). */
    public PersonData(String name, String certificateType, String certificateNumber, String officePhone,
                      String mobile, String email) {
        this(name, certificateType, certificateNumber, officePhone, mobile, email, null);
    }
}
