package org.beian.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.beian.domain.model.registry.SubjectSummary;

/** The registry: read by owners and staff; changed only by applying an order the bureau approved. */
public interface RegistryService {

    /**
     * Applies what an approved order proposes to the registry, in the caller's transaction: subject and
     * websites with their numbers, access records, the filing password, or the end of access and
     * cancellations. Called by the workflow when the bureau approves (the order's own transition to
     * APPROVED is the state machine's business, not this method's).
     */
    SubjectView applyApproval(@NotBlank String orderNumber, @NotNull @Valid BureauApproval approval);

    SubjectView getSubject(@NotNull Caller caller, @NotBlank String subjectIcpNumber);

    /** The caller's subjects, certificate and mobile numbers masked. */
    List<SubjectSummary> listMySubjects(@NotNull Caller caller);

    /** Where a registrable domain is filed: here, through another provider, or not at all. */
    DomainLookup lookupDomain(@NotBlank String domain);
}
