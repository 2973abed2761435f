package org.beian.application.dto;

import java.io.Serializable;
import java.util.List;
import org.beian.domain.model.filing.workflow.FieldChange;

/**
 * What an order changes against what it proposed when it was last rejected: empty {@code changes} with
 * {@code rejectedBefore} means it came back unchanged; {@code rejectedBefore} false: never rejected.
 */
public record ChangesSinceRejection(boolean rejectedBefore, List<FieldChange> changes) implements Serializable {

    public ChangesSinceRejection {
        changes = List.copyOf(changes);
    }
}
