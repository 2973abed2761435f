package org.beian.application.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beian.domain.model.reference.ProvinceRules;
import org.beian.domain.model.reference.ReferenceData;

/**
 * The little reference data the steps and the registry read: the bureau's review time (20 working
 * days, Zhejiang 30, as in the province_rule CSV), no calendar exceptions (plain Monday to Friday) and
 * the provider's name on its access records.
 */
final class FixedReferenceData implements ReferenceData {

    static final String PROVIDER_NAME = "示例云计算有限公司";
    static final String ZHEJIANG = "330000";

    @Override
    public ProvinceRules provinceRules(String provinceCode, LocalDate day) {
        String days = ZHEJIANG.equals(provinceCode) ? "30" : "20";
        String from = ZHEJIANG.equals(provinceCode) ? ZHEJIANG : "000000";
        return new ProvinceRules(provinceCode, Map.of("bureau.review_working_days",
                new ProvinceRules.Applied("bureau.review_working_days", days, from, "test")));
    }

    @Override
    public List<CalendarDay> calendarExceptions(LocalDate from, LocalDate to) {
        return List.of();
    }

    @Override
    public Map<String, String> providerDetails() {
        return Map.of("access_provider.name", PROVIDER_NAME);
    }

    @Override
    public long countRegions(String level) {
        throw unused();
    }

    @Override
    public Optional<Region> findRegion(String code) {
        throw unused();
    }

    @Override
    public List<Region> listChildren(String parentCode) {
        throw unused();
    }

    @Override
    public List<Province> listProvinces() {
        throw unused();
    }

    @Override
    public Optional<Province> findProvince(String code) {
        throw unused();
    }

    @Override
    public List<NamedCode> listNatures() {
        throw unused();
    }

    @Override
    public List<NamedCode> listCertificateTypes(String natureCode) {
        throw unused();
    }

    @Override
    public Set<String> fileableSuffixes() {
        throw unused();
    }

    @Override
    public List<VerificationPointView> listVerificationPoints(String provinceCode) {
        throw unused();
    }

    private static UnsupportedOperationException unused() {
        return new UnsupportedOperationException("not used by the code under test");
    }
}
