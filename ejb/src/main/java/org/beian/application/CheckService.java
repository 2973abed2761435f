package org.beian.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.beian.domain.model.check.catalogue.StartFilingRequest;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderType;

/** The pre-submission checks and the filing-type determination, for pages and the API. */
public interface CheckService {

    /** Checks a draft that is not stored (or not yet): every finding at once. */
    CheckReport checkDraft(@NotNull Caller caller, @NotNull OrderType type, @NotNull FilingSnapshot snapshot,
                           @Size(max = 64) String filingPassword, @NotNull Locale locale);

    /** Checks a stored order with its attached documents. */
    CheckReport checkOrder(@NotNull Caller caller, @NotBlank String orderNumber, @Size(max = 64) String filingPassword,
                           @NotNull Locale locale);

    /** "Start filing": which type the entered facts lead to, with the explanation. */
    DeterminationView determine(@NotNull Caller caller, @NotNull StartFilingRequest request, @NotNull Locale locale);
}
