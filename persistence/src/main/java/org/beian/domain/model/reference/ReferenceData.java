package org.beian.domain.model.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Read access to the reference data the desk keeps (spec §8). */
public interface ReferenceData {

    record Region(String code, String name, String level, String parentCode) {}

    record Province(String code, String name, String shortName, String abbreviation) {}

    record NamedCode(String code, String nameZh, String nameEn) {}

    record VerificationPointView(long id, String provinceCode, String name, String address, String openingHours,
                                 String phone, double latitude, double longitude) {}

    long countRegions(String level);

    Optional<Region> findRegion(String code);

    List<Region> listChildren(String parentCode);

    List<Province> listProvinces();

    Optional<Province> findProvince(String code);

    List<NamedCode> listNatures();

    /** The certificate types a subject of this nature may hold. */
    List<NamedCode> listCertificateTypes(String natureCode);

    /** Every nature's certificate types; implementations answer in one query where they can. */
    default java.util.Map<String, List<NamedCode>> certificateTypesByNature() {
        java.util.Map<String, List<NamedCode>> byNature = new java.util.LinkedHashMap<>();
        listNatures().forEach(nature -> byNature.put(nature.code(), listCertificateTypes(nature.code())));
        return byNature;
    }

    /** The names of every division below the provinces (prefectures, counties); one query where it can. */
    default List<String> listDivisionNames() {
        List<String> names = new java.util.ArrayList<>();
        for (Province province : listProvinces()) {
            for (Region prefecture : listChildren(province.code())) {
                names.add(prefecture.name());
                listChildren(prefecture.code()).forEach(county -> names.add(county.name()));
            }
        }
        return names;
    }

    /** Suffixes (without dot, Unicode and ASCII forms) that may be filed; read anew on each call (administrators change them). */
    Set<String> fileableSuffixes();

    ProvinceRules provinceRules(String provinceCode, LocalDate day);

    /** The province's active verification points (those an administrator switched off are not shown). */
    List<VerificationPointView> listVerificationPoints(String provinceCode);

    /** The calendar exceptions between two days (inclusive): HOLIDAY or WORKDAY per day. */
    List<CalendarDay> calendarExceptions(LocalDate from, LocalDate to);

    record CalendarDay(LocalDate day, boolean workday, String name) {}

    java.util.Map<String, String> providerDetails();
}
