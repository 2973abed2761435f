package org.beian.domain.model.reference;

import java.time.LocalDate;
import java.util.List;

/** Province rules as administrators keep them: rows are added with a day they take effect, never rewritten. */
public interface ProvinceRuleRepository {

    /** The province's own rows and the national defaults, by key, newest first within a key. */
    List<ProvinceRule> listForProvince(String provinceCode);

    /** The rule keys in use (a rule reads only the keys it knows; an unknown key would be dead data). */
    List<String> listKeys();

    /** The national default row in force on the day, if the key has one. */
    java.util.Optional<ProvinceRule> findNational(String ruleKey, LocalDate day);

    boolean exists(String provinceCode, String ruleKey, LocalDate effectiveFrom);

    ProvinceRule add(ProvinceRule rule);
}
