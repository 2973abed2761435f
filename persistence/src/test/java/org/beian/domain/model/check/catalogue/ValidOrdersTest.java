package org.beian.domain.model.check.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The starting points of the tables are clean, so every finding a table expects comes from its edit. */
class ValidOrdersTest {

    @Test
    void enterpriseOrderHasNoFinding() {
        List<Finding> findings = Scenario.enterprise().evaluate();
        assertEquals(List.of(), findings.stream().map(Finding::toString).toList());
        assertFalse(PreSubmissionChecks.blocksSubmission(findings));
    }

    @Test
    void individualOrderHasNoFinding() {
        assertEquals(List.of(), Scenario.individual().evaluate().stream().map(Finding::toString).toList());
    }
}
