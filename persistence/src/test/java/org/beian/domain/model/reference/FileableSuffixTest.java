package org.beian.domain.model.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileableSuffixTest {

    @ParameterizedTest
    @CsvSource({
            ".中国, 中国, xn--fiqs8s, true, false",
            "XN--FIQS8S, 中国, xn--fiqs8s, true, false",
            "网址, 网址, xn--ses554g, false, false",
            "Com, com, com, false, false",
            "com.cn, com.cn, com.cn, true, true",
            "ｃｏｍ．ｃｎ, com.cn, com.cn, true, true"})
    void aSuffixIsKeptInUnicodeAndAscii(String typed, String unicode, String ascii, boolean countryCode, boolean secondLevel) {
        assertEquals(new FileableSuffix(unicode, ascii, countryCode, secondLevel), FileableSuffix.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "com..cn", "co m", "xn--zzzzzzz", "a_b"})
    void whatIsNoSuffixIsRefused(String typed) {
        RefusedInputException refused = assertThrows(RefusedInputException.class, () -> FileableSuffix.parse(typed));
        assertEquals("suffix", refused.getField());
    }

    @Test
    void aNameThatNoRegistrySellsUnderIsRefused() {
        RefusedInputException refused = assertThrows(RefusedInputException.class, () -> FileableSuffix.parse("example.com"));
        assertEquals("error.tld.notRegistrySuffix", refused.getMessageKey());
        assertEquals("notarealtld", assertThrows(RefusedInputException.class, () -> FileableSuffix.parse("notarealtld"))
                .getArguments()[0]);
    }
}
