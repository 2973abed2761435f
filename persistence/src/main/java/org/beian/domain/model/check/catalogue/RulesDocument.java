package org.beian.domain.model.check.catalogue;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders docs/rules.md from the catalogue and its bundle, so the document cannot drift from the code
 * (a test compares the file with this output).
 */
public final class RulesDocument {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final Locale ENGLISH = Locale.ENGLISH;

    private RulesDocument() {}

    public static String render() {
        StringBuilder out = new StringBuilder();
        out.append("# Pre-submission rules\n\n")
                .append("<!-- Generated from org.beian.domain.model.check.catalogue.Rule and its rules bundle by\n")
                .append("     RulesDocument; do not edit. Regenerate with:\n")
                .append("     ./mvnw -q -pl persistence test -Dtest=RulesDocumentTest -Dbeian.rules.write=true -->\n\n")
                .append("Every rule an order is checked against before submission (issue 4). An **ERROR** blocks\n")
                .append("submission; a **WARNING** is shown to the applicant and the reviewer. Field paths point into the\n")
                .append("order snapshot (`[i]`, `[j]` stand for any index, `<TYPE>` for a pre-approval type, `*` for any\n")
                .append("field); `documents.<purpose>` is an upload slot (see `DocumentPurposes`). Province keys are rows of\n")
                .append("`province_rules.csv`: the national default `000000` applies unless the subject's province has its own\n")
                .append("row, and every finding names the row that applied. Placeholders `{0}`, `{1}` are the finding's\n")
                .append("arguments.\n\n")
                .append("Rules: ").append(Rule.values().length).append(".\n");
        for (Topic topic : Topic.values()) {
            out.append("\n## ").append(RuleTexts.template(ENGLISH, "topic." + topic.name()))
                    .append(" (").append(RuleTexts.template(CHINESE, "topic." + topic.name())).append(")\n\n")
                    .append("| code | field | severity | message (zh) | message (en) | source | province keys |\n")
                    .append("|---|---|---|---|---|---|---|\n");
            for (Rule rule : Rule.values()) {
                if (rule.topic() != topic) {
                    continue;
                }
                out.append("| `").append(rule.code()).append("` | ")
                        .append(rule.fields().stream().map(field -> "`" + field + "`").collect(Collectors.joining("<br>")))
                        .append(" | ").append(rule.severity())
                        .append(" | ").append(cell(rule.messageTemplate(CHINESE)))
                        .append(" | ").append(cell(rule.messageTemplate(ENGLISH)))
                        .append(" | ").append(cell(rule.source()))
                        .append(" | ").append(rule.provinceKeys().stream().map(key -> "`" + key + "`").collect(Collectors.joining("<br>")))
                        .append(" |\n");
            }
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
