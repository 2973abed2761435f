package org.beian.domain.model.check.identity;

import static org.beian.domain.model.check.ExpectedProblems.assertProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class ResidentIdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvFileSource(resources = "/check/resident-ids.csv", numLinesToSkip = 1)
    void check(String number, String problems) {
        assertProblems(problems, ResidentIdNumber.check(number, TODAY));
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvFileSource(resources = "/check/resident-ids.csv", numLinesToSkip = 1)
    void parsesExactlyWhenNoDateIndependentProblem(String number, String problems) {
        boolean onlyDateRange = problems == null || problems.startsWith("RESIDENT_ID_BIRTH_DATE_");
        assertEquals(onlyDateRange, ResidentIdNumber.parse(number).isPresent());
    }

    @ParameterizedTest(name = "[{index}] {0} on {6}")
    @CsvFileSource(resources = "/check/resident-id-details.csv", numLinesToSkip = 1)
    void details(String number, String addressCode, String provinceCode, LocalDate birthDate, Sex sex,
                 boolean residencePermit, LocalDate asOf, int age) {
        ResidentIdNumber id = ResidentIdNumber.parse(number).orElseThrow();
        assertEquals(addressCode, id.addressCode());
        assertEquals(provinceCode, id.provinceCode());
        assertEquals(birthDate, id.birthDate());
        assertEquals(sex, id.sex());
        assertEquals(residencePermit, id.isResidencePermit());
        assertEquals(age, id.ageOn(asOf));
        assertTrue(id.value().matches("\\d{17}[0-9X]"), "normalised: " + id.value());
    }
}
