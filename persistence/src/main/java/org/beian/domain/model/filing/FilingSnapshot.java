package org.beian.domain.model.filing;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything an order proposes, self-contained: later changes to the registry never alter it. Stored as
 * JSON in the order row; the checks and the registry update read it.
 */
public record FilingSnapshot(SubjectData subject, List<WebsiteData> websites) implements Serializable {

    public FilingSnapshot {
        websites = websites == null ? List.of() : List.copyOf(websites);
    }

    /** Every domain of every website, lower case, in order of appearance. */
    public Set<String> domains() {
        Set<String> domains = new LinkedHashSet<>();
        for (WebsiteData website : websites) {
            for (String domain : website.domains()) {
                if (domain != null && !domain.isBlank()) {
                    domains.add(domain.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        return domains;
    }

    /**
     * The website principals, each person once (the same certificate number is the same person), in order
     * of the websites: the people who verify in person (photo or electronic verification).
     */
    public List<PersonData> websitePrincipals() {
        Map<String, PersonData> people = new LinkedHashMap<>();
        for (WebsiteData website : websites) {
            PersonData principal = website.principalSameAsSubject() && subject != null ? subject.principal() : website.principal();
            if (principal != null) {
                String number = principal.certificateNumber() == null ? "" : principal.certificateNumber().replaceAll("\\s", "").toUpperCase(Locale.ROOT);
                people.putIfAbsent(number.isEmpty() ? "name:" + principal.name() : number, principal);
            }
        }
        return List.copyOf(people.values());
    }
}
