package org.beian.domain.model.check.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.beian.domain.model.filing.OrderType;

/**
 * The rows of the catalogue tables ({@code catalogue/*.csv}: case, type, edits, expected). The expected
 * column lists rule codes separated by spaces, each optionally with {@code @field}; the findings must be
 * exactly these codes (as a multiset), and carry the fields where given. Blank means no finding. A token
 * {@code !CODE} marks the row as a near miss for that rule: the rule was in play and must not fire (the
 * coverage test wants one for every rule).
 */
final class CatalogueTable {

    record Row(String table, int line, String name, OrderType type, String edits, String expected) {

        List<Finding> evaluate() {
            return Scenario.of(edits).type(type).evaluate();
        }

        List<String> expectedCodes() {
            return tokens().stream().map(token -> token.contains("@") ? token.substring(0, token.indexOf('@')) : token).toList();
        }

        /** The rules this row shows passing. */
        List<String> passingCodes() {
            return allTokens().stream().filter(token -> token.startsWith("!")).map(token -> token.substring(1)).toList();
        }

        /** The tokens of findings that must occur. */
        List<String> tokens() {
            return allTokens().stream().filter(token -> !token.startsWith("!")).toList();
        }

        private List<String> allTokens() {
            return expected.isBlank() ? List.of() : List.of(expected.strip().split("\\s+"));
        }

        void assertFindings(List<Finding> findings) {
            List<String> actual = findings.stream().map(Finding::code).sorted().toList();
            for (String code : passingCodes()) {
                Rule.valueOf(code);
                assertTrue(!actual.contains(code), () -> table + ":" + line + " is a near miss for " + code + " but it fired: " + findings);
            }
            assertEquals(expectedCodes().stream().sorted().toList(), actual, () -> table + ":" + line + " findings were " + findings);
            for (String token : tokens()) {
                if (token.contains("@")) {
                    String code = token.substring(0, token.indexOf('@'));
                    String field = token.substring(token.indexOf('@') + 1);
                    assertTrue(findings.stream().anyMatch(f -> f.code().equals(code) && f.field().equals(field)),
                            () -> table + ":" + line + " expected " + token + " but findings were " + findings);
                }
            }
        }

        @Override
        public String toString() {
            return table + ":" + line + " " + name;
        }
    }

    private CatalogueTable() {}

    static List<Row> rows() {
        try {
            Path dir = Path.of(CatalogueTable.class.getResource("/catalogue").toURI());
            List<Row> rows = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                    rows.addAll(read(file));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Row> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
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
            if (cells.size() != 4) {
                throw new IllegalArgumentException(file.getFileName() + ":" + (i + 1) + " has " + cells.size() + " cells");
            }
            OrderType type = cells.get(1).isBlank() ? OrderType.FIRST_FILING : OrderType.valueOf(cells.get(1));
            rows.add(new Row(file.getFileName().toString(), i + 1, cells.get(0), type, cells.get(2), cells.get(3)));
        }
        return rows;
    }
}
