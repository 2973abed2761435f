package org.beian.application.dto;

import java.io.Serializable;
import java.util.Locale;
import org.beian.domain.model.check.catalogue.Finding;

/**
 * A finding as a page or an API client shows it on its field: code, field path, ERROR or WARNING, the
 * message and the fix in the caller's language, and the province rule that applied, if one did.
 */
public record FindingView(String code, String field, String severity, String message, String fix,
                          String provinceRuleKey, String provinceRuleValue, String provinceCode, String ruleSource)
        implements Serializable {

    public static FindingView of(Finding finding, Locale locale) {
        var applied = finding.provinceRule().orElse(null);
        return new FindingView(finding.code(), finding.field(), finding.severity().name(), finding.message(locale),
                finding.fix(locale), applied == null ? null : applied.key(), applied == null ? null : applied.value(),
                applied == null ? null : applied.provinceCode(), finding.rule().source());
    }
}
