package org.beian.application.dto;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One province-rule row as administrators see it: {@code inForce} marks the row a check made today
 * applies (the newest effective province row of its key, else the newest national one).
 */
public record ProvinceRuleView(long id, String provinceCode, String ruleKey, String value, LocalDate effectiveFrom,
                               String source, boolean inForce) implements Serializable {

    public boolean national() {
        return org.beian.domain.model.reference.ProvinceRule.NATIONAL.equals(provinceCode);
    }
}
