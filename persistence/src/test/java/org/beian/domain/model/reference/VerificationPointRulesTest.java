package org.beian.domain.model.reference;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VerificationPointRulesTest {

    private static final String ADDRESS = "广东省深圳市南山区科技园科苑路8号讯美科技广场1号楼1层";
    private static final String HOURS = "工作日 9:00-12:00, 14:00-18:00";
    private static final BigDecimal LATITUDE = new BigDecimal("22.540503");
    private static final BigDecimal LONGITUDE = new BigDecimal("113.934528");

    @ParameterizedTest
    @ValueSource(strings = {"0755-86013388", "075586013388", "010-62671188", "13800138000", "400-820-8820", ""})
    void theDemoPointIsAcceptedWithAnyCallablePhone(String phone) {
        assertDoesNotThrow(() -> VerificationPointRules.check("广东省", ADDRESS, HOURS, phone, LATITUDE, LONGITUDE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "北京市海淀区知春路49号希格玛大厦1层 | address | error.verificationPoint.addressProvince",
            "广东省深圳市南山区科技园 | address | error.verificationPoint.addressDoor"})
    void anAddressOutsideTheProvinceOrWithoutDoorNumberIsRefused(String address, String field, String key) {
        RefusedInputException refused = assertThrows(RefusedInputException.class,
                () -> VerificationPointRules.check("广东省", address, HOURS, null, LATITUDE, LONGITUDE));
        assertEquals(field, refused.getField());
        assertEquals(key, refused.getMessageKey());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "工作日上午 | error.verificationPoint.hours",
            "9:00-8:00 | error.verificationPoint.hoursRange",
            "9:00-25:00 | error.verificationPoint.hoursRange"})
    void openingHoursNeedAnOrderedTimeRange(String hours, String key) {
        RefusedInputException refused = assertThrows(RefusedInputException.class,
                () -> VerificationPointRules.check("广东省", ADDRESS, hours, null, LATITUDE, LONGITUDE));
        assertEquals("openingHours", refused.getField());
        assertEquals(key, refused.getMessageKey());
    }

    @Test
    void fullWidthTimesAndChineseRangeWordsAreRead() {
        assertDoesNotThrow(() -> VerificationPointRules.check("广东省", ADDRESS, "周一至周五 ９：３０至１７：３０", null, LATITUDE, LONGITUDE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "0755-123", "010-02345678"})
    void aPhoneThatCannotBeCalledIsRefused(String phone) {
        assertEquals("phone", assertThrows(RefusedInputException.class,
                () -> VerificationPointRules.check("广东省", ADDRESS, HOURS, phone, LATITUDE, LONGITUDE)).getField());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "113.934528 | 22.540503 | latitude | error.verificationPoint.swapped",
            "-22.540503 | 113.934528 | latitude | error.verificationPoint.latitude",
            "22.540503 | 13.934528 | longitude | error.verificationPoint.longitude",
            "22.5405031 | 113.934528 | latitude | error.verificationPoint.decimals",
            "22.540503 | 113.9345281 | longitude | error.verificationPoint.decimals"})
    void aPositionOffTheMainlandOrMoreExactThanKeptIsRefused(String latitude, String longitude, String field, String key) {
        RefusedInputException refused = assertThrows(RefusedInputException.class, () -> VerificationPointRules.check("广东省",
                ADDRESS, HOURS, null, new BigDecimal(latitude), new BigDecimal(longitude)));
        assertEquals(field, refused.getField());
        assertEquals(key, refused.getMessageKey());
    }
}
