package org.beian.domain.model.check.phone;

import static org.beian.domain.model.check.ExpectedProblems.assertProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class PhoneChecksTest {

    @ParameterizedTest(name = "[{index}] {0} → {2}")
    @CsvFileSource(resources = "/check/mobiles.csv", numLinesToSkip = 1)
    void mobile(String number, String normalised, String problems) {
        assertProblems(problems, MobileNumber.check(number));
        assertEquals(Optional.ofNullable(normalised), MobileNumber.parse(number).map(MobileNumber::value));
        MobileNumber.parse(number).ifPresent(mobile -> assertEquals("+86" + normalised, mobile.e164()));
    }

    @ParameterizedTest(name = "[{index}] {0} → {2}")
    @CsvFileSource(resources = "/check/office-phones.csv", numLinesToSkip = 1)
    void officePhone(String phone, String areaCode, String problems) {
        assertProblems(problems, OfficePhone.check(phone));
        Optional<OfficePhone> parsed = OfficePhone.parse(phone);
        assertEquals(Optional.ofNullable(areaCode), parsed.map(OfficePhone::areaCode));
        parsed.ifPresent(office -> {
            assertEquals(office.value(), OfficePhone.parse(office.value()).orElseThrow().value());
            assertEquals(areaCode.equals(OfficePhone.BEIJING_AREA_CODE), office.isInArea(OfficePhone.BEIJING_AREA_CODE));
            assertEquals(true, office.isInArea(areaCode.substring(1)));
        });
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvFileSource(resources = "/check/area-codes.csv", numLinesToSkip = 1)
    void knownAreaCode(String areaCode, boolean known) {
        assertEquals(known, OfficePhone.isKnownAreaCode(areaCode));
    }
}
