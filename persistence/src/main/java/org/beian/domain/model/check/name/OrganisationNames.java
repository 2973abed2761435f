package org.beian.domain.model.check.name;

import java.util.Collection;
import java.util.List;
import org.beian.domain.model.check.Problem;

/**
 * The source's rule for lending-like organisations: when the name contains 投资管理, 担保, 典当, 贷款 or
 * 理财, the subject principal must be the legal representative.
 */
public final class OrganisationNames {

    public static final List<String> DEFAULT_LEGAL_REPRESENTATIVE_WORDS = List.of("投资管理", "担保", "典当", "贷款", "理财");

    private final Keywords words;

    public OrganisationNames(Collection<String> legalRepresentativeWords) {
        this.words = new Keywords(legalRepresentativeWords);
    }

    public static OrganisationNames defaults() {
        return new OrganisationNames(DEFAULT_LEGAL_REPRESENTATIVE_WORDS);
    }

    public boolean requiresLegalRepresentativeAsPrincipal(String organisationName) {
        return !words.foundIn(organisationName).isEmpty();
    }

    public List<Problem> checkPrincipal(String organisationName, boolean principalIsLegalRepresentative) {
        if (principalIsLegalRepresentative) {
            return List.of();
        }
        return words.foundIn(organisationName).stream()
                .findFirst()
                .map(word -> List.of(Problem.of(NameProblem.ORGANISATION_PRINCIPAL_NOT_LEGAL_REPRESENTATIVE, word)))
                .orElse(List.of());
    }
}
