package org.beian.domain.model.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PersonalDataMaskTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{mobile=13912345678}|{mobile=139****5678}",
            "身份证 11010519491231002X 已核验|身份证 110105********002X 已核验",
            "id=110105194912310021, to=SUBMITTED|id=110105********0021, to=SUBMITTED",
            "mail zhang.san@example.com ok|mail z***@example.com ok",
            // Not personal: order numbers, ICP numbers, credit codes, longer digit runs stay as they are.
            "order:BA2612021000001|order:BA2612021000001",
            "浙ICP备10000001号-1|浙ICP备10000001号-1",
            "91330106MA2XXXXX1X|91330106MA2XXXXX1X",
            "1391234567890|1391234567890",
    })
    void masksIdentityNumbersMobilesAndMail(String text, String expected) {
        assertEquals(expected, PersonalDataMask.mask(text));
    }

    @Test
    void leavesNothingAsNothing() {
        assertNull(PersonalDataMask.mask(null));
        assertEquals("", PersonalDataMask.mask(""));
    }

    @Test
    void masksOneFieldAsTheListsDo() {
        assertEquals("914403********2Q6E", PersonalDataMask.certificateNumber("91440300MA5F3K2Q6E"), "credit codes too, as a field");
        assertEquals("110105********002X", PersonalDataMask.certificateNumber("11010519491231002X"));
        assertEquals("*****4567", PersonalDataMask.certificateNumber("E12334567"), "a short passport number keeps its last 4");
        assertEquals("139****5678", PersonalDataMask.phone("13912345678"));
        assertEquals("z***@example.com", PersonalDataMask.email("zhang.san@example.com"));
        assertNull(PersonalDataMask.phone(null));
    }
}
