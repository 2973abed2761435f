package org.beian.domain.model.check.identity;

import static org.beian.domain.model.check.ExpectedProblems.assertProblems;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class CertificateNumbersTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @ParameterizedTest(name = "[{index}] {0} {1} → {2}")
    @CsvFileSource(resources = "/check/certificates.csv", numLinesToSkip = 1)
    void check(CertificateKind kind, String number, String problems) {
        assertProblems(problems, CertificateNumbers.check(kind, number, TODAY));
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvFileSource(resources = "/check/chinese-passports.csv", numLinesToSkip = 1)
    void chinesePassport(String number, String problems) {
        assertProblems(problems, CertificateNumbers.checkChinesePassport(number));
    }
}
