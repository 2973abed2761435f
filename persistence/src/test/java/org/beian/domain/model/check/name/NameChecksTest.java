package org.beian.domain.model.check.name;

import static org.beian.domain.model.check.ExpectedProblems.assertProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class NameChecksTest {

    private final WebsiteNames websiteNames = WebsiteNames.defaults();

    @ParameterizedTest(name = "[{index}] {0} → {2}")
    @CsvFileSource(resources = "/check/website-names.csv", numLinesToSkip = 1)
    void websiteName(String name, String domains, String problems) {
        assertProblems(problems, websiteNames.check(name, List.of(domains.split("\\s+"))));
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvFileSource(resources = "/check/website-names-banned.csv", numLinesToSkip = 1)
    void provinceBans(String name, String problems) {
        WebsiteNames tianjin = websiteNames.withBannedWords(List.of("资讯", "论坛", "平台"));
        assertProblems(problems, tianjin.check(name, List.of("example.com")));
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvFileSource(resources = "/check/website-name-prefixes.csv", numLinesToSkip = 1)
    void reservedPrefix(String name, String problems) {
        assertProblems(problems, websiteNames.checkReservedPrefix(name));
        assertEquals(problems != null, websiteNames.startsWithReservedPrefix(name));
    }

    @ParameterizedTest(name = "[{index}] {0}, principal is legal representative: {1} → {3}")
    @CsvFileSource(resources = "/check/organisation-names.csv", numLinesToSkip = 1)
    void organisationName(String name, boolean principalIsLegalRepresentative, boolean requires, String problems) {
        OrganisationNames names = OrganisationNames.defaults();
        assertEquals(requires, names.requiresLegalRepresentativeAsPrincipal(name));
        assertProblems(problems, names.checkPrincipal(name, principalIsLegalRepresentative));
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvFileSource(resources = "/check/finance-keywords.csv", numLinesToSkip = 1)
    void financeKeywordsInOrganisationNames(String name, String problems) {
        assertProblems(problems, FinanceKeywords.defaults().check(name));
    }
}
