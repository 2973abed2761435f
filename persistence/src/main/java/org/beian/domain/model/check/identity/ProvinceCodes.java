package org.beian.domain.model.check.identity;

import java.util.Set;

/**
 * The first two digits of GB/T 2260 administrative division codes. 71 (Taiwan) is listed by GB/T 2260;
 * 81, 82 and 83 are not provinces but the prefixes of residence permits for Hong Kong, Macao and Taiwan
 * residents (810000, 820000, 830000).
 */
public final class ProvinceCodes {

    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15",
            "21", "22", "23",
            "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46",
            "50", "51", "52", "53", "54",
            "61", "62", "63", "64", "65",
            "71");

    private static final Set<String> RESIDENCE_PERMIT_ADDRESS_CODES = Set.of("810000", "820000", "830000");

    private ProvinceCodes() {}

    /** A mainland province (or 71 Taiwan). */
    public static boolean isProvince(String twoDigits) {
        return PROVINCES.contains(twoDigits);
    }

    /** 810000 Hong Kong, 820000 Macao, 830000 Taiwan: the address code of a residence permit. */
    public static boolean isResidencePermitAddressCode(String sixDigits) {
        return RESIDENCE_PERMIT_ADDRESS_CODES.contains(sixDigits);
    }

    /** Whether a resident-ID address code is plausible: a province, or exactly a residence-permit code. */
    static boolean isPlausibleAddressCode(String sixDigits) {
        String prefix = sixDigits.substring(0, 2);
        if (prefix.equals("81") || prefix.equals("82") || prefix.equals("83")) {
            return isResidencePermitAddressCode(sixDigits);
        }
        return isProvince(prefix);
    }
}
