package org.beian.domain.model.check.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.beian.domain.model.reference.ProvinceRule;
import org.junit.jupiter.api.Test;

/**
 * docs/province-rules.md is what province_rules.csv generates, and the rows keep their promise: every
 * province has rows and at least one from a page read, every row names its source (a page with the day it
 * was read, or the spec), and the source fits the province_rule.source column.
 */
class ProvinceRulesDocumentTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "province-rules.md");

    @Test
    void documentIsWhatTheDataGenerates() throws IOException {
        String generated = ProvinceRulesDocument.render();
        if (Boolean.getBoolean("beian.rules.write")) {
            Files.writeString(DOCUMENT, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(DOCUMENT), "docs/province-rules.md is missing: run with -Dbeian.rules.write=true");
        assertEquals(generated, Files.readString(DOCUMENT, StandardCharsets.UTF_8),
                "docs/province-rules.md is out of date: run ./mvnw -q -pl persistence test -Dtest=ProvinceRulesDocumentTest -Dbeian.rules.write=true");
    }

    @Test
    void everyProvinceHasRowsAndASectionOfItsOwn() {
        Set<String> withRows = ProvinceRulesDocument.rows().stream().map(ProvinceRulesDocument.Row::provinceCode)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(31, ProvinceRulesDocument.provinces().size());
        Set<String> missing = new TreeSet<>(ProvinceRulesDocument.provinces().keySet());
        missing.removeAll(withRows);
        assertEquals(Set.of(), missing);
        String document = ProvinceRulesDocument.render();
        ProvinceRulesDocument.provinces().forEach((code, name) -> assertTrue(document.contains("## " + name + " (" + code + ")"), name));
    }

    @Test
    void everyRowNamesItsSource() {
        for (ProvinceRulesDocument.Row row : ProvinceRulesDocument.rows()) {
            String where = row.provinceCode() + " " + row.key();
            if (row.sourceUrl().isEmpty()) {
                // Rows without a page come from the spec, or record the gap.
                assertTrue(row.gap() || row.note().matches("(filing-process|beyond-the-seed|no nationwide|empty = ).*"), where + ": " + row.note());
            } else {
                assertTrue(row.sourceUrl().startsWith("http"), where);
                LocalDate.parse(row.readOn());
                assertTrue(!row.note().isBlank(), where + " says what the page says");
            }
            LocalDate.parse(row.effectiveFrom());
            String source = ProvinceRule.sourceText(row.sourceUrl(), row.readOn(), row.note());
            assertTrue(source.length() <= 300, where + " has a source of " + source.length() + " characters");
            assertTrue(row.value().length() <= 500, where);
        }
    }

    @Test
    void everyProvinceHasARowFromAPageRead() {
        List<String> sourced = ProvinceRulesDocument.provinces().keySet().stream()
                .filter(code -> ProvinceRulesDocument.rows().stream()
                        .anyMatch(row -> row.provinceCode().equals(code) && !row.sourceUrl().isEmpty()))
                .toList();
        List<String> unsourced = ProvinceRulesDocument.provinces().keySet().stream().filter(code -> !sourced.contains(code)).toList();
        assertEquals(List.of(), unsourced, "provinces without a row from a page read");
    }
}
