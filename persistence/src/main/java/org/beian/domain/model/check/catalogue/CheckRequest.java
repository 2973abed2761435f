package org.beian.domain.model.check.catalogue;

import java.time.LocalDate;
import java.util.Objects;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.reference.ProvinceRules;

/**
 * Everything one evaluation reads. {@code provinceRules} are those in force on {@code today} for the
 * subject's province; {@code today} is Beijing's date, passed in so that no rule reads a clock.
 */
public record CheckRequest(FilingSnapshot snapshot, OrderType type, OrderExtras extras, LocalDate today,
                           ProvinceRules provinceRules, ReferenceLists reference, CheckContext context) {

    public CheckRequest {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(type, "type");
        extras = extras == null ? OrderExtras.none() : extras;
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(provinceRules, "provinceRules");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(context, "context");
    }
}
