package org.beian.domain.model.check.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.beian.domain.model.check.ProblemCode;
import org.beian.domain.model.check.ProblemCodes;
import org.junit.jupiter.api.Test;

/** The catalogue's own data: complete, and consistent with the primitives and the reference data. */
class RuleCatalogueTest {

    /** Province rule keys that are not pre-submission checks, and why. */
    private static final Map<String, String> NOT_CHECKED_HERE = Map.of(
            "photo.app_verification", "decides how the photo step may be done, after the initial review",
            "bureau.review_working_days", "an estimate shown to the applicant, not a rule");

    @Test
    void everyPrimitiveProblemBecomesARule() {
        Map<String, String> unmapped = new TreeMap<>();
        for (ProblemCode code : ProblemCodes.all()) {
            try {
                ProblemRules.ruleFor(code);
            } catch (IllegalArgumentException e) {
                unmapped.put(code.code(), e.getMessage());
            }
        }
        assertEquals(Map.of(), unmapped);
    }

    @Test
    void everyProvinceKeyOfARuleExistsInTheReferenceData() {
        Set<String> keys = provinceRuleKeys();
        Set<String> unknown = new TreeSet<>();
        for (Rule rule : Rule.values()) {
            rule.provinceKeys().stream().filter(key -> !keys.contains(key)).forEach(unknown::add);
        }
        assertEquals(Set.of(), unknown);
    }

    @Test
    void everyProvinceKeyIsReadByARuleOrExplained() {
        Set<String> read = new TreeSet<>();
        for (Rule rule : Rule.values()) {
            read.addAll(rule.provinceKeys());
        }
        Set<String> unread = new TreeSet<>(provinceRuleKeys());
        unread.removeAll(read);
        // note.* rows are what a reviewer reads in docs/province-rules.md; research.* rows record a gap.
        unread.removeIf(key -> key.startsWith(ProvinceRulesDocument.NOTE_PREFIX) || key.equals(ProvinceRulesDocument.GAP_KEY));
        assertEquals(new TreeSet<>(NOT_CHECKED_HERE.keySet()), unread);
    }

    @Test
    void everyRuleSaysWhereItReportsAndWhereItComesFrom() {
        for (Rule rule : Rule.values()) {
            assertFalse(rule.fields().isEmpty(), rule.code());
            assertFalse(rule.source().isBlank(), rule.code());
            assertTrue(rule.code().matches("[A-Z][A-Z0-9_]+"), rule.code());
        }
    }

    @Test
    void documentPurposesFitTheOrderDocumentColumn() {
        // OrderDocument.purpose is VARCHAR(48).
        List<String> purposes = List.of(DocumentPurposes.SUBJECT_LICENCE, DocumentPurposes.SUBJECT_PRINCIPAL_ID + DocumentPurposes.FRONT,
                DocumentPurposes.SUBJECT_PRINCIPAL_EMPLOYMENT_PROOF, DocumentPurposes.SUBJECT_PRINCIPAL_GUARDIAN_CONSENT,
                DocumentPurposes.SUBJECT_PRINCIPAL_AUTHORISATION, DocumentPurposes.SUBJECT_RESIDENCE_PERMIT,
                DocumentPurposes.SUBJECT_FINANCE_APPROVAL, DocumentPurposes.websitePrincipalId(99) + DocumentPurposes.FRONT,
                DocumentPurposes.verificationForm(99), DocumentPurposes.financeApproval(99),
                DocumentPurposes.preApproval(99, PreApprovalType.BROADCASTING));
        assertEquals(List.of(), purposes.stream().filter(purpose -> purpose.length() > 48).toList());
    }

    @Test
    void fieldPatternsMatchConcretePaths() {
        assertTrue(FieldPatterns.matches("websites[i].domains[j]", "websites[0].domains[12]"));
        assertTrue(FieldPatterns.matches("documents.websites[i].preApproval.<TYPE>", "documents.websites[1].preApproval.NEWS"));
        assertTrue(FieldPatterns.matches("*", "subject.name"));
        assertFalse(FieldPatterns.matches("websites[i].domains[j]", "websites[0].domains"));
        assertFalse(FieldPatterns.matches("subject.name", "subject.names"));
    }

    @Test
    void catalogueUsesNoJakartaTypesNorEntities() throws IOException {
        // Surefire runs in the module directory.
        Path sources = Path.of("src/main/java/org/beian/domain/model/check/catalogue");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.list(sources)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                if (text.contains("import jakarta.") || text.contains("org.beian.domain.model.resource.")) {
                    offenders.add(file.getFileName().toString());
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    private static Set<String> provinceRuleKeys() {
        return ReferenceFiles.read("province_rules.csv").stream().map(row -> row.get("rule_key"))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
