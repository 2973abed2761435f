package org.beian.domain.model.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A province rule as data: the value of a rule key in a province from a date on. Province
 * {@value #NATIONAL} holds the national default that a province row overrides.
 */
@Entity
@Table(name = "province_rule")
@NamedQuery(name = "ProvinceRule.listEffective",
        query = "SELECT r FROM ProvinceRule r WHERE r.provinceCode IN (:province, '000000') AND r.effectiveFrom <= :day "
                + "ORDER BY r.ruleKey, r.effectiveFrom DESC")
@NamedQuery(name = "ProvinceRule.listForProvince", query = "SELECT r FROM ProvinceRule r WHERE r.provinceCode IN (:province, '000000') "
        + "ORDER BY r.ruleKey, r.effectiveFrom DESC, r.provinceCode DESC")
@NamedQuery(name = "ProvinceRule.listKeys", query = "SELECT DISTINCT r.ruleKey FROM ProvinceRule r ORDER BY r.ruleKey")
@NamedQuery(name = "ProvinceRule.findNational", query = "SELECT r FROM ProvinceRule r WHERE r.provinceCode = '000000' "
        + "AND r.ruleKey = :key AND r.effectiveFrom <= :day ORDER BY r.effectiveFrom DESC")
@NamedQuery(name = "ProvinceRule.count", query = "SELECT COUNT(r) FROM ProvinceRule r WHERE r.provinceCode = :province "
        + "AND r.ruleKey = :key AND r.effectiveFrom = :day")
@NamedQuery(name = "ProvinceRule.listAll", query = "SELECT r FROM ProvinceRule r ORDER BY r.ruleKey, r.provinceCode, r.effectiveFrom")
public class ProvinceRule {

    public static final String NATIONAL = "000000";

    @Id
    @SequenceGenerator(name = "province_rule_seq", sequenceName = "province_rule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "province_rule_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "province_code", nullable = false, length = 6)
    private String provinceCode;

    @Column(name = "rule_key", nullable = false, length = 64)
    private String ruleKey;

    @Column(name = "rule_value", nullable = false, length = 500)
    private String value;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(nullable = false, length = 300)
    private String source;

    protected ProvinceRule() {}

    /**
     * The {@code source} column as province_rules.csv's columns make it: the note, then the page and the
     * day it was read ({@code note — url (read yyyy-MM-dd)}), or the note alone for rows from the spec.
     */
    public static String sourceText(String sourceUrl, String readOn, String note) {
        if (sourceUrl == null || sourceUrl.isBlank()) {
            return note;
        }
        return note + " — " + sourceUrl + " (read " + readOn + ")";
    }

    public ProvinceRule(String provinceCode, String ruleKey, String value, LocalDate effectiveFrom, String source) {
        this.provinceCode = Objects.requireNonNull(provinceCode);
        this.ruleKey = Objects.requireNonNull(ruleKey);
        this.value = Objects.requireNonNull(value);
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom);
        this.source = Objects.requireNonNull(source);
    }

    public void change(String value, String source) {
        this.value = Objects.requireNonNull(value);
        this.source = Objects.requireNonNull(source);
    }

    public Long getId() { return id; }
    public String getProvinceCode() { return provinceCode; }
    public String getRuleKey() { return ruleKey; }
    public String getValue() { return value; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public String getSource() { return source; }
    public boolean isNational() { return NATIONAL.equals(provinceCode); }
}
