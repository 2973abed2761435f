package org.beian.application.dto;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.beian.domain.model.filing.OrderStep;
import org.beian.domain.model.filing.workflow.OrderAction;

/**
 * The applicant's order page: the order (staff named by role), what the owner may do now, the steps
 * with the current one, the bureau's estimate in working days, the ministry's SMS check while it is due,
 * why the last photo was refused, and whether the documents may be replaced now (under the initial review,
 * while no reviewer holds the order).
 *
 * @param currentStep index into {@code steps}; -1 when the order left the steps (withdrawn, abandoned)
 */
public record OrderProgress(OrderView order, Set<OrderAction> actions, List<OrderStep> steps, int currentStep,
                            int bureauWorkingDays, SmsCheckView smsCheck, String photoRejection, boolean materialsEditable)
        implements Serializable {

    public OrderProgress {
        actions = Set.copyOf(actions);
        steps = List.copyOf(steps);
    }

    public boolean allows(OrderAction action) {
        return actions.contains(action);
    }

    /**
     * The ministry's SMS check while the order waits on it: who must enter the code (by role, name and
     * masked mobile), by when (24 h after the hand-over), and where.
     */
    public record SmsCheckView(Instant dueAt, List<Party> parties, String checkPageUrl) implements Serializable {

        public SmsCheckView {
            parties = List.copyOf(parties);
        }
    }

    /** {@code role}: SUBJECT_PRINCIPAL or WEBSITE_PRINCIPAL_n. */
    public record Party(String role, String name, String maskedMobile) implements Serializable {}
}
