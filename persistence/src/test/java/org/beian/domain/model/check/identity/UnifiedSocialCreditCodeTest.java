package org.beian.domain.model.check.identity;

import static org.beian.domain.model.check.ExpectedProblems.assertProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class UnifiedSocialCreditCodeTest {

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvFileSource(resources = "/check/usccs.csv", numLinesToSkip = 1)
    void check(String code, String problems) {
        assertProblems(problems, UnifiedSocialCreditCode.check(code));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvFileSource(resources = "/check/uscc-details.csv", numLinesToSkip = 1)
    void details(String code, char authority, char type, String division, String organisationCode, boolean validCheck) {
        UnifiedSocialCreditCode uscc = UnifiedSocialCreditCode.parse(code).orElseThrow();
        assertEquals(authority, uscc.registrationAuthority());
        assertEquals(type, uscc.entityType());
        assertEquals(division, uscc.divisionCode());
        assertEquals(organisationCode, uscc.organisationCode());
        assertEquals(validCheck, uscc.hasValidCheckCharacter());
    }

    @ParameterizedTest(name = "[{index}] {0}-{1}")
    @CsvFileSource(resources = "/check/organisation-codes.csv", numLinesToSkip = 1)
    void organisationCodeCheckCharacter(String body, char check) {
        assertEquals(check, OrganisationCode.checkCharacter(body));
        assertEquals(true, OrganisationCode.isValid(body + check));
    }
}
