package org.beian.domain.model.check.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beian.domain.model.reference.ProvinceRule;
import org.beian.domain.model.reference.ProvinceRules;

/** The shipped reference CSVs (db/reference) as the catalogue's inputs, read the way the loader reads them. */
final class ReferenceFiles {

    private ReferenceFiles() {}

    static List<Map<String, String>> read(String file) {
        try (InputStream in = ReferenceFiles.class.getResourceAsStream("/db/reference/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no reference file " + file);
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            List<String> header = Csv.split(lines.get(0));
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                List<String> cells = Csv.split(line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReferenceLists referenceLists() {
        Set<String> suffixes = new HashSet<>();
        for (Map<String, String> row : read("fileable_tlds.csv")) {
            if (Boolean.parseBoolean(row.get("fileable"))) {
                suffixes.add(row.get("tld"));
            }
        }
        Map<String, Set<String>> allowed = new HashMap<>();
        for (Map<String, String> row : read("nature_certificate_types.csv")) {
            allowed.computeIfAbsent(row.get("nature_code"), nature -> new HashSet<>()).add(row.get("certificate_type_code"));
        }
        Map<String, ReferenceLists.Name> natures = new HashMap<>();
        read("subject_natures.csv").forEach(row -> natures.put(row.get("code"), new ReferenceLists.Name(row.get("name_zh"), row.get("name_en"))));
        Map<String, ReferenceLists.Name> types = new HashMap<>();
        read("certificate_types.csv").forEach(row -> types.put(row.get("code"), new ReferenceLists.Name(row.get("name_zh"), row.get("name_en"))));
        Map<String, String> provinces = new HashMap<>();
        read("provinces.csv").forEach(row -> provinces.put(row.get("code"), row.get("name")));
        List<String> divisions = read("divisions.csv").stream().map(row -> row.get("name")).toList();
        return new ReferenceLists(suffixes, allowed, natures, types, provinces,
                org.beian.domain.model.check.name.PlaceNames.of(divisions));
    }

    static List<ProvinceRule> provinceRuleRows() {
        return read("province_rules.csv").stream()
                .map(row -> new ProvinceRule(row.get("province_code"), row.get("rule_key"), row.get("rule_value"),
                        LocalDate.parse(row.get("effective_from")),
                        ProvinceRule.sourceText(row.get("source_url"), row.get("read_on"), row.get("note"))))
                .toList();
    }

    /**
     * The rules in force for a province, with values changed as a test says (as if an administrator
     * edited the province's row): the overriding rows come first, so they win over the file's.
     */
    static ProvinceRules provinceRules(String provinceCode, Map<String, String> overrides, LocalDate day) {
        List<ProvinceRule> rows = new ArrayList<>();
        overrides.forEach((key, value) -> rows.add(
                new ProvinceRule(provinceCode, key, value, LocalDate.of(2018, 1, 1), "test override")));
        // As ProvinceRule.listEffective does: the province's rows and the national defaults in force on the
        // day, newest first.
        provinceRuleRows().stream()
                .filter(row -> row.getProvinceCode().equals(provinceCode) || row.isNational())
                .filter(row -> !row.getEffectiveFrom().isAfter(day))
                .sorted(java.util.Comparator.comparing(ProvinceRule::getEffectiveFrom).reversed())
                .forEach(rows::add);
        return ProvinceRules.from(provinceCode, rows);
    }
}
