package org.beian.domain.model.check.address;

import static org.beian.domain.model.check.ExpectedProblems.assertProblems;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class MailingAddressesTest {

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvFileSource(resources = "/check/addresses.csv", numLinesToSkip = 1)
    void check(String address, String problems) {
        assertProblems(problems, MailingAddresses.check(address));
    }
}
