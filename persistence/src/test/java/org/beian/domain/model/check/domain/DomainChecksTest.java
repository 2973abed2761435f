package org.beian.domain.model.check.domain;

import static org.beian.domain.model.check.ExpectedProblems.assertProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class DomainChecksTest {

    /** The source document's list (filing-process.md §6). */
    static final List<String> FILEABLE = List.of(".com", ".cn", ".net", ".cc", ".tv", ".gov", ".org", ".mobi",
            ".中信", ".tel", ".wang", ".ren", ".中国", ".网络", ".公司", ".商城", ".网址");

    private final DomainChecks checks = new DomainChecks(FILEABLE);

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvFileSource(resources = "/check/domains.csv", numLinesToSkip = 1)
    void check(String domain, String problems) {
        assertProblems(problems, checks.check(domain));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvFileSource(resources = "/check/domain-details.csv", numLinesToSkip = 1)
    void details(String input, String unicode, String ascii, String registrable, String registrySuffix,
                 String topLevelDomain, boolean countryCode) {
        DomainName domain = DomainName.parse(input).orElseThrow();
        assertEquals(unicode, domain.unicode());
        assertEquals(ascii, domain.ascii());
        assertEquals(registrable, domain.registrableDomain().orElseThrow().unicode());
        assertEquals(registrySuffix, domain.registrySuffix().orElseThrow());
        assertEquals(topLevelDomain, domain.topLevelDomain());
        assertEquals(countryCode, domain.isCountryCode());
        assertEquals(unicode.equals(registrable), domain.isRegistrable());
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvFileSource(resources = "/check/domain-country-codes.csv", numLinesToSkip = 1)
    void countryCode(String domain, String problems) {
        assertProblems(problems, DomainChecks.checkNotCountryCode(domain));
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvFileSource(resources = "/check/domain-duplicates.csv", numLinesToSkip = 1)
    void duplicates(String websites, String problems) {
        List<List<String>> domainsByWebsite = Arrays.stream(websites.split("\\|"))
                .map(website -> List.of(website.trim().split("\\s+")))
                .toList();
        assertProblems(problems, DomainChecks.duplicates(domainsByWebsite));
        // order of first repetition, for a stable message
        assertEquals(problems == null ? List.of() : List.of(problems.replaceAll("[A-Z_]+\\(([^)]*)\\)", "$1").split("\\s+")),
                DomainChecks.duplicates(domainsByWebsite).stream().map(p -> p.arguments().get(0)).toList());
    }

    @ParameterizedTest(name = "[{index}] {0} on {1} → {2}")
    @CsvFileSource(resources = "/check/homepages.csv", numLinesToSkip = 1)
    void homepage(String url, String domains, String problems) {
        assertProblems(problems, Homepages.check(url, List.of(domains.split("\\s+"))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvFileSource(resources = "/check/domains.csv", numLinesToSkip = 1)
    void fileableAgreesWithCheck(String domain, String problems) {
        DomainName.parse(domain).filter(d -> d.registrySuffix().isPresent()).ifPresent(d ->
                assertEquals(problems == null || !problems.contains("DOMAIN_TLD_NOT_FILEABLE"), checks.isFileable(d)));
    }
}
