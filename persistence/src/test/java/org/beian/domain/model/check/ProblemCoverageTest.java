package org.beian.domain.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the tables honest: every problem code has a failing row, and the same table has a row where
 * that code does not occur. Adding a code without a case breaks the build.
 */
class ProblemCoverageTest {

    /** One data row of a table: the file it is in and the codes in its problems column. */
    private record Row(String table, Set<String> codes) {}

    @Test
    void everyCodeHasAFailingAndAPassingRow() throws Exception {
        List<Row> rows = rows();
        List<String> missing = new ArrayList<>();
        for (ProblemCode code : ProblemCodes.all()) {
            Set<String> failingTables = rows.stream()
                    .filter(row -> row.codes().contains(code.code()))
                    .map(Row::table)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (failingTables.isEmpty()) {
                missing.add(code.code() + ": no failing row");
            }
            for (String table : failingTables) {
                if (rows.stream().noneMatch(row -> row.table().equals(table) && !row.codes().contains(code.code()))) {
                    missing.add(code.code() + ": no passing row in " + table);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void tablesNameOnlyExistingCodes() throws Exception {
        Set<String> known = ProblemCodes.all().stream().map(ProblemCode::code).collect(Collectors.toSet());
        Map<String, String> unknown = new TreeMap<>();
        for (Row row : rows()) {
            row.codes().stream().filter(code -> !known.contains(code)).forEach(code -> unknown.put(code, row.table()));
        }
        assertEquals(Map.of(), unknown);
    }

    @Test
    void codesAreUniqueAcrossFamilies() {
        List<String> codes = ProblemCodes.all().stream().map(ProblemCode::code).toList();
        assertEquals(codes.size(), new HashSet<>(codes).size(), "duplicate codes: " + codes);
    }

    @Test
    void everyProblemEnumIsRegistered() throws Exception {
        Path classes = Path.of(ProblemCode.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path root = classes.resolve(ProblemCode.class.getPackageName().replace('.', '/'));
        Set<Class<?>> found = new HashSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name);
                if (type.isEnum() && ProblemCode.class.isAssignableFrom(type)) {
                    found.add(type);
                }
            }
        }
        assertEquals(found, new HashSet<>(ProblemCodes.families()));
    }

    @Test
    void enoughCases() throws Exception {
        long cases = rows().size();
        assertTrue(cases >= 180, "only " + cases + " table rows");
    }

    private static List<Row> rows() throws IOException, URISyntaxException {
        Path dir = Path.of(ProblemCoverageTest.class.getResource("/check").toURI());
        List<Row> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.isBlank() && !line.startsWith("#"))
                        .toList();
                int column = split(lines.get(0)).indexOf("problems");
                for (String line : lines.subList(1, lines.size())) {
                    Set<String> codes = new HashSet<>();
                    if (column >= 0) {
                        List<String> cells = split(line);
                        String cell = column < cells.size() ? cells.get(column) : "";
                        ExpectedProblems.parse(cell).forEach(e -> codes.add(e.code()));
                    }
                    rows.add(new Row(file.getFileName().toString(), codes));
                }
            }
        }
        return rows;
    }

    /** CSV cells, honouring double quotes (the tables quote only blank or padded values). */
    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }
}
