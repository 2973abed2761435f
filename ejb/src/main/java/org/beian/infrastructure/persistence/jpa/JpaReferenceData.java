package org.beian.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beian.domain.model.reference.ProvinceRule;
import org.beian.domain.model.reference.ProvinceRules;
import org.beian.domain.model.reference.ReferenceData;

/**
 * Reference data from its tables. The read-only tables are read with SQL (they have no behaviour worth
 * an entity); province rules are entities because administrators edit them.
 */
@ApplicationScoped
public class JpaReferenceData implements ReferenceData {

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Override
    public long countRegions(String level) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM region WHERE region_level = ?")
                .setParameter(1, level).getSingleResult()).longValue();
    }

    @Override
    public Optional<Region> findRegion(String code) {
        return regions("SELECT code, name, region_level, parent_code FROM region WHERE code = ?", code).stream().findFirst();
    }

    @Override
    public List<Region> listChildren(String parentCode) {
        return regions("SELECT code, name, region_level, parent_code FROM region WHERE parent_code = ? ORDER BY code", parentCode);
    }

    @Override
    public List<Province> listProvinces() {
        return rows("SELECT code, name, short_name, abbreviation FROM province ORDER BY code").stream()
                .map(r -> new Province(str(r[0]), str(r[1]), str(r[2]), str(r[3]))).toList();
    }

    @Override
    public Optional<Province> findProvince(String code) {
        return listProvinces().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    @Override
    public List<NamedCode> listNatures() {
        return rows("SELECT code, name_zh, name_en FROM subject_nature ORDER BY code").stream()
                .map(r -> new NamedCode(str(r[0]), str(r[1]), str(r[2]))).toList();
    }

    @Override
    public List<NamedCode> listCertificateTypes(String natureCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.code, c.name_zh, c.name_en FROM certificate_type c "
                        + "JOIN nature_certificate_type n ON n.certificate_type_code = c.code WHERE n.nature_code = ? ORDER BY c.code")
                .setParameter(1, natureCode).getResultList();
        return rows.stream().map(r -> new NamedCode(str(r[0]), str(r[1]), str(r[2]))).toList();
    }

    @Override
    public Map<String, List<NamedCode>> certificateTypesByNature() {
        Map<String, List<NamedCode>> byNature = new LinkedHashMap<>();
        for (Object[] r : rows("SELECT n.nature_code, c.code, c.name_zh, c.name_en FROM nature_certificate_type n "
                + "JOIN certificate_type c ON c.code = n.certificate_type_code ORDER BY n.nature_code, c.code")) {
            byNature.computeIfAbsent(str(r[0]), nature -> new ArrayList<>()).add(new NamedCode(str(r[1]), str(r[2]), str(r[3])));
        }
        return byNature;
    }

    @Override
    public List<String> listDivisionNames() {
        @SuppressWarnings("unchecked")
        List<Object> names = em.createNativeQuery("SELECT name FROM region WHERE region_level <> 'PROVINCE' ORDER BY code").getResultList();
        return names.stream().map(JpaReferenceData::str).toList();
    }

    @Override
    public Set<String> fileableSuffixes() {
        Set<String> suffixes = new LinkedHashSet<>();
        for (Object[] r : rows("SELECT tld, ascii FROM fileable_tld WHERE fileable = TRUE ORDER BY tld")) {
            suffixes.add(str(r[0]));
            suffixes.add(str(r[1]));
        }
        return suffixes;
    }

    @Override
    public ProvinceRules provinceRules(String provinceCode, LocalDate day) {
        List<ProvinceRule> rows = em.createNamedQuery("ProvinceRule.listEffective", ProvinceRule.class)
                .setParameter("province", provinceCode).setParameter("day", day).getResultList();
        return ProvinceRules.from(provinceCode, rows);
    }

    @Override
    public List<VerificationPointView> listVerificationPoints(String provinceCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, province_code, name, address, opening_hours, phone, latitude, longitude "
                + "FROM verification_point WHERE province_code = ? AND active = TRUE ORDER BY id").setParameter(1, provinceCode).getResultList();
        return rows.stream().map(r -> new VerificationPointView(((Number) r[0]).longValue(), str(r[1]), str(r[2]), str(r[3]),
                str(r[4]), str(r[5]), ((Number) r[6]).doubleValue(), ((Number) r[7]).doubleValue())).toList();
    }

    @Override
    public List<CalendarDay> calendarExceptions(LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT calendar_day, kind, name FROM calendar_exception WHERE calendar_day BETWEEN ? AND ? ORDER BY calendar_day")
                .setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(to)).getResultList();
        return rows.stream().map(r -> new CalendarDay(toLocalDate(r[0]), "WORKDAY".equals(str(r[1])), str(r[2]))).toList();
    }

    @Override
    public Map<String, String> providerDetails() {
        Map<String, String> details = new LinkedHashMap<>();
        for (Object[] r : rows("SELECT detail_key, detail_value FROM provider_detail ORDER BY detail_key")) {
            details.put(str(r[0]), str(r[1]));
        }
        return details;
    }

    private List<Region> regions(String sql, String parameter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
        return rows.stream().map(r -> new Region(str(r[0]), str(r[1]), str(r[2]), str(r[3]))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static LocalDate toLocalDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        return ((Date) value).toLocalDate();
    }
}
