package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beian.application.InvalidFieldException;
import org.beian.application.dto.NewProvinceRule;
import org.beian.application.dto.ProvinceRuleView;
import org.beian.application.event.ApplicationEvent;
import org.beian.application.event.ApplicationEvents;
import org.beian.application.event.EventTypes;
import org.beian.application.security.Caller;
import org.beian.domain.model.BeijingTime;
import org.beian.domain.model.reference.ProvinceRule;
import org.beian.domain.model.reference.ProvinceRuleRepository;
import org.beian.domain.model.reference.ReferenceData;

/**
 * Province rules as administrators keep them. A row is added with the day it takes effect and never
 * rewritten, so the rules an order was checked against stay readable; the checks read the rows on each
 * evaluation (nothing cached), so the next check after the day begins applies the new row on every
 * instance. A row cannot start in the past: that would change, unseen, what earlier checks said.
 */
@ApplicationScoped
public class ProvinceRuleAdministration {

    @Inject
    private ProvinceRuleRepository rules;

    @Inject
    private ReferenceData referenceData;

    @Inject
    private ApplicationEvents events;

    public List<String> keys() {
        return rules.listKeys();
    }

    /** The province's rows and the national defaults, each key's row in force today marked. */
    public List<ProvinceRuleView> list(String provinceCode) {
        LocalDate today = BeijingTime.today();
        List<ProvinceRule> rows = rules.listForProvince(provinceCode);
        Set<String> decided = new HashSet<>();
        Set<Long> inForce = new HashSet<>();
        // Rows come by key, newest first, province before national on the same day: the first effective
        // province row of a key wins, else its first effective national row.
        for (boolean provinceRows : new boolean[] {true, false}) {
            for (ProvinceRule row : rows) {
                if (row.isNational() != provinceRows && !row.getEffectiveFrom().isAfter(today) && decided.add(row.getRuleKey())) {
                    inForce.add(row.getId());
                }
            }
        }
        return rows.stream().map(r -> new ProvinceRuleView(r.getId(), r.getProvinceCode(), r.getRuleKey(), r.getValue(),
                r.getEffectiveFrom(), r.getSource(), inForce.contains(r.getId()))).toList();
    }

    public ProvinceRuleView add(Caller caller, NewProvinceRule request) {
        if (!ProvinceRule.NATIONAL.equals(request.provinceCode()) && referenceData.findProvince(request.provinceCode()).isEmpty()) {
            throw new InvalidFieldException("provinceCode", "error.provinceRule.province");
        }
        if (!rules.listKeys().contains(request.ruleKey())) {
            throw new InvalidFieldException("ruleKey", "error.provinceRule.key");
        }
        LocalDate today = BeijingTime.today();
        if (request.effectiveFrom().isBefore(today)) {
            throw new InvalidFieldException("effectiveFrom", "error.provinceRule.past", today.toString());
        }
        String value = request.value().strip();
        requireValueLike(request.ruleKey(), value, today);
        if (rules.exists(request.provinceCode(), request.ruleKey(), request.effectiveFrom())) {
            throw new InvalidFieldException("effectiveFrom", "error.provinceRule.duplicate");
        }
        ProvinceRule row = rules.add(new ProvinceRule(request.provinceCode(), request.ruleKey(), value, request.effectiveFrom(),
                request.source().strip()));
        events.raise(ApplicationEvent.of(EventTypes.PROVINCE_RULE_ADDED, caller.username(),
                "province-rule:" + request.provinceCode() + ":" + request.ruleKey(),
                Map.of("value", value, "effectiveFrom", request.effectiveFrom().toString())));
        return new ProvinceRuleView(row.getId() == null ? 0 : row.getId(), row.getProvinceCode(), row.getRuleKey(), row.getValue(),
                row.getEffectiveFrom(), row.getSource(), !row.getEffectiveFrom().isAfter(today));
    }

    /** A value must read as the national default of its key reads: a number stays a number, a yes/no a yes/no. */
    private void requireValueLike(String key, String value, LocalDate today) {
        String model = rules.findNational(key, today).map(ProvinceRule::getValue).orElse(null);
        if (model == null) {
            return;
        }
        if (model.matches("-?\\d+") && !value.matches("\\d{1,4}")) {
            throw new InvalidFieldException("value", "error.provinceRule.number");
        }
        if (model.matches("true|false") && !value.matches("true|false")) {
            throw new InvalidFieldException("value", "error.provinceRule.boolean");
        }
    }
}
