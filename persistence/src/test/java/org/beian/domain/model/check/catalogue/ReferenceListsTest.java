package org.beian.domain.model.check.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.beian.domain.model.reference.ProvinceRule;
import org.beian.domain.model.reference.ProvinceRules;
import org.beian.domain.model.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** The catalogue's reference lists built from {@link ReferenceData}, as the application will build them. */
class ReferenceListsTest {

    /** ReferenceData answering from the shipped CSVs, as the database loaded from them would. */
    private static final class CsvReferenceData implements ReferenceData {

        @Override
        public List<NamedCode> listNatures() {
            return ReferenceFiles.read("subject_natures.csv").stream()
                    .map(row -> new NamedCode(row.get("code"), row.get("name_zh"), row.get("name_en"))).toList();
        }

        @Override
        public List<NamedCode> listCertificateTypes(String natureCode) {
            Set<String> allowed = ReferenceFiles.read("nature_certificate_types.csv").stream()
                    .filter(row -> row.get("nature_code").equals(natureCode))
                    .map(row -> row.get("certificate_type_code")).collect(Collectors.toSet());
            return ReferenceFiles.read("certificate_types.csv").stream()
                    .filter(row -> allowed.contains(row.get("code")))
                    .map(row -> new NamedCode(row.get("code"), row.get("name_zh"), row.get("name_en"))).toList();
        }

        @Override
        public Set<String> fileableSuffixes() {
            return ReferenceFiles.read("fileable_tlds.csv").stream()
                    .filter(row -> Boolean.parseBoolean(row.get("fileable"))).map(row -> row.get("tld")).collect(Collectors.toSet());
        }

        @Override
        public List<Province> listProvinces() {
            return ReferenceFiles.read("provinces.csv").stream()
                    .map(row -> new Province(row.get("code"), row.get("name"), row.get("short_name"), row.get("abbreviation"))).toList();
        }

        @Override
        public long countRegions(String level) {
            return regions().stream().filter(r -> r.level().equals(level)).count();
        }

        @Override
        public Optional<Region> findRegion(String code) {
            return regions().stream().filter(r -> r.code().equals(code)).findFirst();
        }

        @Override
        public List<Region> listChildren(String parentCode) {
            return regions().stream().filter(r -> parentCode.equals(r.parentCode())).toList();
        }

        @Override
        public Optional<Province> findProvince(String code) {
            return listProvinces().stream().filter(p -> p.code().equals(code)).findFirst();
        }

        /** The rows in force on the day for the province and the nation, as the JPA query selects them. */
        @Override
        public ProvinceRules provinceRules(String provinceCode, LocalDate day) {
            List<ProvinceRule> rows = ReferenceFiles.provinceRuleRows().stream()
                    .filter(rule -> rule.getProvinceCode().equals(provinceCode) || rule.isNational())
                    .filter(rule -> !rule.getEffectiveFrom().isAfter(day))
                    .sorted(Comparator.comparing(ProvinceRule::getRuleKey)
                            .thenComparing(ProvinceRule::getEffectiveFrom, Comparator.reverseOrder()))
                    .toList();
            return ProvinceRules.from(provinceCode, rows);
        }

        /** Verification points are the operator's data, not shipped reference data: none in the files. */
        @Override
        public List<VerificationPointView> listVerificationPoints(String provinceCode) {
            return List.of();
        }

        @Override
        public List<CalendarDay> calendarExceptions(LocalDate from, LocalDate to) {
            return ReferenceFiles.read("holidays.csv").stream()
                    .map(row -> new CalendarDay(LocalDate.parse(row.get("date")), "WORKDAY".equals(row.get("kind")), row.get("name")))
                    .filter(day -> !day.day().isBefore(from) && !day.day().isAfter(to)).toList();
        }

        @Override
        public Map<String, String> providerDetails() {
            Map<String, String> details = new LinkedHashMap<>();
            ReferenceFiles.read("provider_details.csv").forEach(row -> details.put(row.get("detail_key"), row.get("detail_value")));
            return details;
        }

        private static List<Region> regions() {
            return ReferenceFiles.read("divisions.csv").stream().map(row -> new Region(row.get("code"), row.get("name"),
                    row.get("level"), row.get("parent_code").isEmpty() ? null : row.get("parent_code"))).toList();
        }
    }

    @Test
    void builtFromReferenceDataAsFromTheFiles() {
        ReferenceLists fromData = ReferenceLists.from(new CsvReferenceData());
        ReferenceLists fromFiles = ReferenceFiles.referenceLists();
        assertEquals(fromFiles.fileableSuffixes(), fromData.fileableSuffixes());
        assertEquals(fromFiles.certificateTypesByNature(), fromData.certificateTypesByNature());
        assertEquals(fromFiles.natureNames(), fromData.natureNames());
        assertEquals(fromFiles.provinceNames(), fromData.provinceNames());
        // Only types some nature allows get a name from ReferenceData; all of them are in the file.
        fromData.certificateTypeNames().forEach((code, name) -> assertEquals(fromFiles.certificateTypeNames().get(code), name));
    }

    @Test
    void provinceRulesInForceAreTheProvincesOverTheNationalDefaults() {
        ProvinceRules guangdong = new CsvReferenceData().provinceRules("440000", LocalDate.of(2026, 11, 1));
        assertEquals(ReferenceFiles.provinceRules("440000", Map.of(), LocalDate.of(2026, 11, 1)).get("order.max_websites.organisation"),
                guangdong.get("order.max_websites.organisation"));
        assertEquals("440000", guangdong.get("order.max_websites.organisation").provinceCode());
        assertTrue(new CsvReferenceData().provinceRules("440000", LocalDate.of(2017, 12, 31)).find("order.max_websites.organisation").isEmpty(),
                "no rule before it takes effect");
    }

    @Test
    void personalCertificatesAreThoseOfIndividuals() {
        ReferenceLists lists = ReferenceFiles.referenceLists();
        assertTrue(lists.isPersonalCertificateType("RESIDENT_ID"));
        assertTrue(lists.isPersonalCertificateType("TAIWAN_RESIDENCE_PERMIT"));
        assertFalse(lists.isPersonalCertificateType("BUSINESS_LICENCE"));
        assertFalse(lists.isPersonalCertificateType("NO_SUCH_TYPE"));
    }
}
