package org.beian.application.internal;

import java.util.ArrayList;
import java.util.List;
import org.beian.application.dto.BlockingFinding;
import org.beian.domain.model.filing.FilingOrder;

/**
 * The submission gate with findings a test chooses: the rule catalogue has its own tests, here only
 * what submit does with the gate's answer matters. Remembers the filing passwords it was asked with.
 */
final class FixedChecks extends Checks {

    private List<BlockingFinding> blocking = List.of();
    private final List<String> passwordsAsked = new ArrayList<>();

    void block(BlockingFinding... findings) {
        blocking = List.of(findings);
    }

    @Override
    public List<BlockingFinding> blockingFindings(FilingOrder order, String filingPassword) {
        passwordsAsked.add(filingPassword);
        return blocking;
    }

    /** One entry per evaluation (null where no password was given). */
    List<String> passwordsAsked() {
        return java.util.Collections.unmodifiableList(new ArrayList<>(passwordsAsked));
    }
}
