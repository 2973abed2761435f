package org.beian.domain.model.check.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Keeps the tables honest: every rule of the catalogue fires in at least one row, and passes in at least
 * one row declared as its near miss ({@code !CODE}). It evaluates the rows itself and records what
 * actually fired, so it cannot pass on expectations alone, nor with no rows at all.
 */
class CatalogueCoverageTest {

    /** What the rows showed for each rule. */
    private record Seen(Map<Rule, List<String>> fired, Map<Rule, List<String>> passed) {}

    private static Seen evaluateAllRows() {
        Map<Rule, List<String>> fired = new EnumMap<>(Rule.class);
        Map<Rule, List<String>> passed = new EnumMap<>(Rule.class);
        for (CatalogueTable.Row row : CatalogueTable.rows()) {
            Set<Rule> actual = EnumSet.noneOf(Rule.class);
            row.evaluate().forEach(finding -> actual.add(finding.rule()));
            actual.forEach(rule -> fired.computeIfAbsent(rule, r -> new ArrayList<>()).add(row.toString()));
            for (String code : row.passingCodes()) {
                Rule rule = Rule.valueOf(code);
                if (!actual.contains(rule)) {
                    passed.computeIfAbsent(rule, r -> new ArrayList<>()).add(row.toString());
                }
            }
        }
        return new Seen(fired, passed);
    }

    @Test
    void everyRuleFiresInSomeRowAndPassesInADeclaredNearMiss() {
        Seen seen = evaluateAllRows();
        Map<String, String> missing = new TreeMap<>();
        for (Rule rule : Rule.values()) {
            boolean fired = seen.fired().containsKey(rule);
            boolean passed = seen.passed().containsKey(rule);
            if (!fired || !passed) {
                missing.put(rule.code(), (fired ? "" : "no failing row ") + (passed ? "" : "no passing row"));
            }
        }
        assertEquals(Map.of(), missing);
    }

    @Test
    void enoughCases() {
        int rows = CatalogueTable.rows().size();
        assertTrue(rows >= 150, "only " + rows + " catalogue rows");
    }
}
