package org.beian.domain.model.check.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.beian.domain.model.filing.CloudServiceData;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.filing.SubjectData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The filing-type determination of "start filing", table-driven (determination/filing-types.csv). */
class FilingTypeDeterminationTest {

    record Row(int line, String name, List<String> domains, CloudServiceData cloud, String edits,
               DeterminationOutcome outcome, String facts) {

        Determination determine() {
            CheckRequest request = Scenario.of(edits).request();
            SubjectData subject = request.snapshot().subject();
            StartFilingRequest start = new StartFilingRequest(subject.provinceCode(), subject.nature(),
                    subject.certificateType(), subject.certificateNumber(), domains, cloud);
            return new FilingTypeDetermination().determine(start, request.today(), request.reference(), request.context());
        }

        @Override
        public String toString() {
            return "filing-types.csv:" + line + " " + name;
        }
    }

    static Stream<Row> rows() {
        try (InputStream in = FilingTypeDeterminationTest.class.getResourceAsStream("/determination/filing-types.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            List<Row> rows = new ArrayList<>();
            boolean header = true;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                List<String> cells = Csv.split(line);
                String cloud = cells.get(2);
                CloudServiceData service = cloud.isEmpty() ? null
                        : new CloudServiceData(cloud.substring(0, cloud.indexOf(':')), cloud.substring(cloud.indexOf(':') + 1), null);
                rows.add(new Row(i + 1, cells.get(0), Drafts.list(cells.get(1)), service, cells.get(3),
                        DeterminationOutcome.valueOf(cells.get(4)), cells.size() > 5 ? cells.get(5) : ""));
            }
            return rows.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void determination(Row row) {
        Determination determination = row.determine();
        assertEquals(row.outcome(), determination.outcome(), () -> row + ": " + determination);
        String facts = determination.facts().stream().map(fact -> fact.key() + "=" + fact.value()).collect(Collectors.joining("|"));
        assertEquals(row.facts(), facts, row::toString);
        assertEquals(row.outcome().refused(), determination.type().isEmpty());
        boolean explainedByFindings = row.outcome() == DeterminationOutcome.REFUSED_CLOUD_SERVICE_NOT_ELIGIBLE
                || row.outcome() == DeterminationOutcome.REFUSED_DOMAIN_INVALID;
        assertEquals(explainedByFindings, !determination.findings().isEmpty());
        determination.findings().forEach(CatalogueTableTest::assertConsistentWithRule);
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            String explanation = determination.explanation(locale);
            assertFalse(explanation.isBlank() || explanation.matches(".*\\{\\d}.*"), () -> row + " explains: " + explanation);
            determination.facts().stream()
                    .filter(fact -> !fact.key().equals(FilingTypeDetermination.PROBLEMS)) // told by the findings
                    .forEach(fact -> assertTrue(explanation.contains(fact.value()),
                    () -> row + ": the " + locale + " explanation does not show " + fact + ": " + explanation));
            determination.facts().forEach(fact -> assertFalse(fact.label(locale).isBlank()));
        }
    }

    @Test
    void everyOutcomeHasARow() {
        Set<DeterminationOutcome> seen = EnumSet.noneOf(DeterminationOutcome.class);
        rows().forEach(row -> seen.add(row.determine().outcome()));
        assertEquals(EnumSet.allOf(DeterminationOutcome.class), seen);
    }

    @Test
    void determinedTypesAreTheFourOfSpecSection3() {
        Set<OrderType> types = EnumSet.noneOf(OrderType.class);
        for (DeterminationOutcome outcome : DeterminationOutcome.values()) {
            outcome.type().ifPresent(types::add);
        }
        assertEquals(EnumSet.of(OrderType.FIRST_FILING, OrderType.ADD_WEBSITE_SUBJECT_HERE,
                OrderType.ADD_WEBSITE_SUBJECT_ELSEWHERE, OrderType.ACCESS), types);
    }

    @Test
    void accessExplanationNamesTheDetectedNumbers() {
        Determination access = rows().filter(row -> row.outcome() == DeterminationOutcome.ACCESS).findFirst().orElseThrow().determine();
        assertEquals("浙ICP备20000001号", access.fact(FilingTypeDetermination.SUBJECT_ICP_NUMBER).orElseThrow());
        assertEquals("域名已备案（网站备案号 浙ICP备20000001号-1，主体备案号 浙ICP备20000001号，接入商：其他云1, 其他云2），本次为接入备案，需要填写备案密码。",
                access.explanation(Locale.SIMPLIFIED_CHINESE));
    }
}
