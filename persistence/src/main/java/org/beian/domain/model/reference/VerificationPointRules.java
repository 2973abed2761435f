package org.beian.domain.model.reference;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beian.domain.model.check.Text;
import org.beian.domain.model.check.address.MailingAddresses;
import org.beian.domain.model.check.phone.MobileNumber;
import org.beian.domain.model.check.phone.OfficePhone;

/**
 * What a verification point's details must be before applicants are sent there: an address in its
 * province down to the door number, opening hours with at least one time range, a phone that can be
 * called, and a map position on the mainland (so the map shows the point where it is). Each refusal
 * names its field.
 */
public final class VerificationPointRules {

    /** The mainland's extent, with a margin: Zengmu Ansha (3.9° N) to Mohe (53.6° N), Pamirs (73.5° E) to Fuyuan (135.1° E). */
    private static final BigDecimal MIN_LATITUDE = new BigDecimal("3.5");
    private static final BigDecimal MAX_LATITUDE = new BigDecimal("53.6");
    private static final BigDecimal MIN_LONGITUDE = new BigDecimal("73.4");
    private static final BigDecimal MAX_LONGITUDE = new BigDecimal("135.1");
    /** The column's scale: six decimals are about 0.1 m, more would be cut off unseen. */
    private static final int DECIMALS = 6;

    private static final Pattern TIME_RANGE = Pattern.compile("(\\d{1,2}:\\d{2})\\s*(?:-|~|至|到|–|—)\\s*(\\d{1,2}:\\d{2})");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");
    private static final Pattern SERVICE_NUMBER = Pattern.compile("[48]00-?\\d{3}-?\\d{4}");

    private VerificationPointRules() {}

    /**
     * @param provinceName the name of the point's province, as the address must begin (广东省, 北京市)
     * @throws RefusedInputException on the first field that is wrong
     */
    public static void check(String provinceName, String address, String openingHours, String phone, BigDecimal latitude,
                             BigDecimal longitude) {
        String folded = Text.fold(address).replaceAll("\\s+", "");
        if (!folded.startsWith(provinceName)) {
            throw new RefusedInputException("address", "error.verificationPoint.addressProvince", provinceName);
        }
        if (!MailingAddresses.isPreciseToDoor(folded)) {
            throw new RefusedInputException("address", "error.verificationPoint.addressDoor");
        }
        requireOpeningHours(openingHours);
        if (phone != null && !phone.isBlank() && !isCallable(phone)) {
            throw new RefusedInputException("phone", "error.verificationPoint.phone");
        }
        requirePosition(latitude, longitude);
    }

    private static void requireOpeningHours(String openingHours) {
        Matcher range = TIME_RANGE.matcher(Text.fold(openingHours));
        boolean found = false;
        while (range.find()) {
            LocalTime opens = time(range.group(1));
            LocalTime closes = time(range.group(2));
            if (opens == null || closes == null || !opens.isBefore(closes)) {
                throw new RefusedInputException("openingHours", "error.verificationPoint.hoursRange", range.group());
            }
            found = true;
        }
        if (!found) {
            throw new RefusedInputException("openingHours", "error.verificationPoint.hours");
        }
    }

    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A landline with its area code (0755-86013388), a mobile, or a 400/800 service number. */
    private static boolean isCallable(String phone) {
        String compact = Text.fold(phone).replaceAll("[\\s()]", "");
        if (LANDLINE.matcher(compact).matches()) {
            String digits = compact.replace("-", "");
            // OfficePhone knows the area codes and the local numbers' lengths; try the area code's two lengths.
            return OfficePhone.check("086-" + digits.substring(0, 3) + "-" + digits.substring(3)).isEmpty()
                    || OfficePhone.check("086-" + digits.substring(0, 4) + "-" + digits.substring(4)).isEmpty();
        }
        return SERVICE_NUMBER.matcher(compact).matches() || MobileNumber.check(compact).isEmpty();
    }

    private static void requirePosition(BigDecimal latitude, BigDecimal longitude) {
        boolean latitudeInside = inside(latitude, MIN_LATITUDE, MAX_LATITUDE);
        boolean longitudeInside = inside(longitude, MIN_LONGITUDE, MAX_LONGITUDE);
        if (!latitudeInside && !longitudeInside && inside(latitude, MIN_LONGITUDE, MAX_LONGITUDE)
                && inside(longitude, MIN_LATITUDE, MAX_LATITUDE)) {
            throw new RefusedInputException("latitude", "error.verificationPoint.swapped");
        }
        if (!latitudeInside) {
            throw new RefusedInputException("latitude", "error.verificationPoint.latitude");
        }
        if (!longitudeInside) {
            throw new RefusedInputException("longitude", "error.verificationPoint.longitude");
        }
        if (latitude.stripTrailingZeros().scale() > DECIMALS) {
            throw new RefusedInputException("latitude", "error.verificationPoint.decimals", DECIMALS);
        }
        if (longitude.stripTrailingZeros().scale() > DECIMALS) {
            throw new RefusedInputException("longitude", "error.verificationPoint.decimals", DECIMALS);
        }
    }

    private static boolean inside(BigDecimal value, BigDecimal min, BigDecimal max) {
        return value != null && value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }
}
