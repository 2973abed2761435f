package org.beian.domain.model.check.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders docs/province-rules.md from db/reference/province_rules.csv and provinces.csv: one section per
 * province with every dated row and its source, so the reviewers' reading matter is the data the checks
 * run on (a test compares the file with this output).
 */
public final class ProvinceRulesDocument {

    /** Keys of rows a reviewer reads but no rule checks (documents, fixed procedures, addresses). */
    public static final String NOTE_PREFIX = "note.";
    /** The key of a row recording that no source for the province was found. */
    public static final String GAP_KEY = "research.province_page";

    /** One row of province_rules.csv. */
    public record Row(String provinceCode, String key, String value, String effectiveFrom, String sourceUrl,
                      String readOn, String note) {

        boolean gap() {
            return GAP_KEY.equals(key);
        }
    }

    private ProvinceRulesDocument() {}

    public static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String[] cells : read("province_rules.csv")) {
            rows.add(new Row(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6]));
        }
        return rows;
    }

    /** Province code to name, in the order of provinces.csv. */
    public static Map<String, String> provinces() {
        Map<String, String> provinces = new LinkedHashMap<>();
        read("provinces.csv").forEach(cells -> provinces.put(cells[0], cells[1]));
        return provinces;
    }

    public static String render() {
        List<Row> rows = rows();
        StringBuilder out = new StringBuilder();
        out.append("# Province rules\n\n")
                .append("<!-- Generated from persistence/src/main/resources/db/reference/province_rules.csv by\n")
                .append("     ProvinceRulesDocument; do not edit. Regenerate with:\n")
                .append("     ./mvnw -q -pl persistence test -Dtest=ProvinceRulesDocumentTest -Dbeian.rules.write=true -->\n\n")
                .append("What each provincial Communications Administration (管局) asks beyond the national rules, as dated\n")
                .append("rows: a province row overrides the national default (`000000`) from its `effective_from` day, and\n")
                .append("the newest row in force wins. Keys that a rule reads are listed in [rules.md](rules.md); `note.*`\n")
                .append("rows are for the reviewer (documents, fixed wording, procedures) and are not checked. Sources are\n")
                .append("the providers' province pages (Alibaba Cloud, Tencent Cloud, Huawei Cloud, Volcano Engine and\n")
                .append("smaller hosting providers) and, where no page was read, the spec; each row says which, and when it\n")
                .append("was read. `effective_from` is the page's own date where it shows one (the rule was in force by then),\n")
                .append("else the day it was read.\n\n");
        long sourced = provinces().keySet().stream()
                .filter(code -> rows.stream().anyMatch(row -> row.provinceCode().equals(code) && !row.sourceUrl().isEmpty()))
                .count();
        out.append("Rows: ").append(rows.size()).append(". Provinces with a row from a page read: ").append(sourced)
                .append(" of ").append(provinces().size()).append(".\n");
        section(out, "全国 National defaults (000000)", rows, "000000");
        provinces().forEach((code, name) -> section(out, name + " (" + code + ")", rows, code));
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<Row> rows, String code) {
        List<Row> own = rows.stream().filter(row -> row.provinceCode().equals(code))
                .sorted(Comparator.comparing(Row::key).thenComparing(Row::effectiveFrom)).toList();
        out.append("\n## ").append(title).append("\n\n");
        if (own.isEmpty() || own.stream().allMatch(Row::gap)) {
            out.append("No provider or bureau page for this province was found in the stored public sources (searched\n")
                    .append("2026-12-02); the national defaults apply. Values are not guessed.\n");
            return;
        }
        out.append("| key | value | from | source |\n|---|---|---|---|\n");
        for (Row row : own) {
            out.append("| `").append(row.key()).append("` | ").append(cell(row.value().isEmpty() ? "(empty)" : row.value()))
                    .append(" | ").append(row.effectiveFrom()).append(" | ").append(cell(row.note()));
            if (!row.sourceUrl().isEmpty()) {
                out.append(" — <").append(row.sourceUrl()).append("> (read ").append(row.readOn()).append(")");
            }
            out.append(" |\n");
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    /** The reference files have a header row and no quoting (see NOTICE.md). */
    private static List<String[]> read(String file) {
        try (InputStream in = ProvinceRulesDocument.class.getResourceAsStream("/db/reference/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no reference file " + file);
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
            return lines.subList(1, lines.size()).stream().map(line -> line.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
