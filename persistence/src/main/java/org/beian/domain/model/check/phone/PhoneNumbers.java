package org.beian.domain.model.check.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;
import java.util.Set;

/** The few libphonenumber questions the phone checks ask, for region CN. */
final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Set<PhoneNumberType> MOBILE = Set.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE);
    private static final Set<PhoneNumberType> FIXED = Set.of(PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE);

    private PhoneNumbers() {}

    /** A national-format number (landlines with their leading 0) valid for CN. */
    static Optional<PhoneNumber> valid(String nationalDigits) {
        try {
            PhoneNumber number = UTIL.parse(nationalDigits, "CN");
            return UTIL.isValidNumberForRegion(number, "CN") ? Optional.of(number) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    static boolean isMobile(String nationalDigits) {
        return valid(nationalDigits).map(n -> MOBILE.contains(UTIL.getNumberType(n))).orElse(false);
    }

    /** A landline whose area code, by libphonenumber, is exactly {@code areaCode} (without the 0). */
    static boolean isFixedLine(String areaCode, String subscriber) {
        return valid("0" + areaCode + subscriber)
                .filter(n -> FIXED.contains(UTIL.getNumberType(n)))
                .filter(n -> UTIL.getLengthOfGeographicalAreaCode(n) == areaCode.length())
                .isPresent();
    }

    static String e164(PhoneNumber number) {
        return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    }
}
