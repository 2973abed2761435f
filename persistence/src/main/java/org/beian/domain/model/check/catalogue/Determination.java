package org.beian.domain.model.check.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.beian.domain.model.filing.OrderType;

/**
 * The result of the filing-type determination: the outcome, the facts it found (in the order the
 * explanation uses them), and, for a refused domain or cloud service, the findings that say why (with
 * their own messages and fixes).
 */
public record Determination(DeterminationOutcome outcome, List<Fact> facts, List<Finding> findings) {

    /** A fact found in a registry, e.g. the subject ICP number detected from a domain. */
    public record Fact(String key, String value) {

        public Fact {
            value = value == null ? "" : value;
        }

        /** The fact's name in the locale ({@code fact.<key>} in the rules bundle). */
        public String label(Locale locale) {
            return RuleTexts.template(locale, "fact." + key);
        }
    }

    public Determination {
        facts = List.copyOf(facts);
        findings = List.copyOf(findings);
    }

    static Determination of(DeterminationOutcome outcome, Fact... facts) {
        return new Determination(outcome, List.of(facts), List.of());
    }

    public Optional<OrderType> type() {
        return outcome.type();
    }

    public boolean refused() {
        return outcome.refused();
    }

    public Optional<String> fact(String key) {
        return facts.stream().filter(fact -> fact.key().equals(key)).map(Fact::value).findFirst();
    }

    public String explanation(Locale locale) {
        List<Finding.Argument> arguments = facts.stream().map(fact -> Finding.Argument.of(fact.value())).toList();
        return RuleTexts.format(locale, "determination." + outcome.name(), arguments);
    }
}
