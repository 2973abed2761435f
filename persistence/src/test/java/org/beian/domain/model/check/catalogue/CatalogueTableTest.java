package org.beian.domain.model.check.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue, table-driven: every row of {@code catalogue/*.csv} is an order (a valid one with edits)
 * and the exact findings it must produce. Each finding is also checked for consistency with its rule:
 * the field matches one of the rule's patterns, a province rule is named exactly when the rule reads one,
 * and the message and fix render in both languages.
 */
class CatalogueTableTest {

    static Stream<CatalogueTable.Row> rows() {
        return CatalogueTable.rows().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void row(CatalogueTable.Row row) {
        List<Finding> findings = row.evaluate();
        row.assertFindings(findings);
        findings.forEach(CatalogueTableTest::assertConsistentWithRule);
    }

    static void assertConsistentWithRule(Finding finding) {
        Rule rule = finding.rule();
        assertTrue(rule.fields().stream().anyMatch(pattern -> FieldPatterns.matches(pattern, finding.field())),
                () -> finding + " reports on a field its rule does not declare: " + rule.fields());
        finding.provinceRule().ifPresent(applied -> assertTrue(rule.provinceKeys().contains(applied.key()),
                () -> finding + " names province rule " + applied.key() + ", not one of " + rule.provinceKeys()));
        if (rule.provinceKeys().isEmpty()) {
            assertFalse(finding.provinceRule().isPresent(), () -> finding + " names a province rule its rule does not read");
        }
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            String message = finding.message(locale);
            String fix = finding.fix(locale);
            assertFalse(message.isBlank() || fix.isBlank(), () -> finding + " has a blank text in " + locale);
            assertFalse(message.matches(".*\\{\\d}.*") || fix.matches(".*\\{\\d}.*"),
                    () -> finding + " leaves a placeholder unfilled in " + locale + ": " + message + " / " + fix);
        }
        assertEquals(finding.arguments().size(), finding.argumentValues().size());
    }
}
