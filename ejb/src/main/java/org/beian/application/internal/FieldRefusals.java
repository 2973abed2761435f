package org.beian.application.internal;

import org.beian.application.InvalidFieldException;
import org.beian.domain.model.reference.RefusedInputException;

/** The domain's refusal of one field, as the application throws it (so the page shows it on that input). */
final class FieldRefusals {

    private FieldRefusals() {}

    static InvalidFieldException of(RefusedInputException refused) {
        return new InvalidFieldException(refused.getField(), refused.getMessageKey(), refused.getArguments());
    }
}
