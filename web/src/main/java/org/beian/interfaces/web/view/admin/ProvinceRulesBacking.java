package org.beian.interfaces.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.beian.application.desk.AdministrationDesk;
import org.beian.application.dto.Choice;
import org.beian.application.dto.NewProvinceRule;
import org.beian.application.dto.ProvinceRuleView;
import org.beian.domain.model.BeijingTime;
import org.beian.interfaces.security.Callers;
import org.beian.interfaces.web.i18n.Messages;

/**
 * Backs /admin/rules.xhtml: one province's rule rows beside the national defaults, the rows in force
 * today marked, and the form that adds a row from a day on (today by default). Refusals land on their
 * field (the inputs carry the ids of {@link NewProvinceRule}'s components).
 */
@Named("adminRules")
@ViewScoped
public class ProvinceRulesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AdministrationDesk administration;

    @Inject
    private Callers callers;

    private String provinceCode;
    private String ruleKey;
    private String value;
    private LocalDate effectiveFrom;
    private String source;

    private List<Choice> provinces;
    private List<String> keys;
    private List<ProvinceRuleView> rows;

    @PostConstruct
    void init() {
        effectiveFrom = BeijingTime.today();
    }

    public void provinceChosen() {
        rows = null;
    }

    public void add() {
        ProvinceRuleView added = administration.addProvinceRule(callers.current(),
                new NewProvinceRule(provinceCode, ruleKey, value == null ? "" : value, effectiveFrom, source));
        Messages.info("admin.rules.added", added.ruleKey(), added.effectiveFrom().toString());
        ruleKey = null;
        value = null;
        source = null;
        effectiveFrom = BeijingTime.today();
        rows = null;
    }

    public List<ProvinceRuleView> getRows() {
        if (rows == null) {
            rows = provinceCode == null ? List.of() : administration.provinceRules(callers.current(), provinceCode);
        }
        return rows;
    }

    public List<Choice> getProvinces() {
        if (provinces == null) {
            provinces = administration.ruleProvinces(callers.current());
        }
        return provinces;
    }

    public List<String> getKeys() {
        if (keys == null) {
            keys = administration.provinceRuleKeys(callers.current());
        }
        return keys;
    }

    public LocalDate getToday() {
        return BeijingTime.today();
    }

    public String getProvinceCode() { return provinceCode; }
    public void setProvinceCode(String provinceCode) { this.provinceCode = provinceCode; }
    public String getRuleKey() { return ruleKey; }
    public void setRuleKey(String ruleKey) { this.ruleKey = ruleKey; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
}
