package org.beian.domain.model.check.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.beian.domain.model.reference.ProvinceRules;
import org.beian.domain.model.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** The catalogue's reference lists built from {@link ReferenceData}, as the application will build them. */
class ReferenceListsTest {

    /** ReferenceData answering from the shipped CSVs; only what ReferenceLists.from asks is implemented. */
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
        public long countRegions(String level) { throw new UnsupportedOperationException(); }

        @Override
        public Optional<Region> findRegion(String code) { throw new UnsupportedOperationException(); }

        @Override
        public List<Region> listChildren(String parentCode) { throw new UnsupportedOperationException(); }

        @Override
        public Optional<Province> findProvince(String code) { throw new UnsupportedOperationException(); }

        @Override
        public ProvinceRules provinceRules(String provinceCode, LocalDate day) { throw new UnsupportedOperationException(); }

        @Override
        public List<VerificationPointView> listVerificationPoints(String provinceCode) { throw new UnsupportedOperationException(); }

        @Override
        public List<CalendarDay> calendarExceptions(LocalDate from, LocalDate to) { throw new UnsupportedOperationException(); }

        @Override
        public Map<String, String> providerDetails() { throw new UnsupportedOperationException(); }
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
    void personalCertificatesAreThoseOfIndividuals() {
        ReferenceLists lists = ReferenceFiles.referenceLists();
        assertTrue(lists.isPersonalCertificateType("RESIDENT_ID"));
        assertTrue(lists.isPersonalCertificateType("TAIWAN_RESIDENCE_PERMIT"));
        assertFalse(lists.isPersonalCertificateType("BUSINESS_LICENCE"));
        assertFalse(lists.isPersonalCertificateType("NO_SUCH_TYPE"));
    }
}
