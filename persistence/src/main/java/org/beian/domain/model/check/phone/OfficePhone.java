package org.beian.domain.model.check.phone;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.beian.domain.model.check.Problem;
import org.beian.domain.model.check.Text;

/**
 * An office phone in the form the ministry requires, {@code 086-<area code>-<number>}, e.g.
 * 086-010-12345678 or 086-0571-87654321. Whitespace is ignored; everything else must match the form.
 */
public final class OfficePhone {

    /** Beijing's area code, for the rules that ask whether a landline is in Beijing. */
    public static final String BEIJING_AREA_CODE = "010";

    private static final Pattern FORM = Pattern.compile("086-(0\\d{2,3})-(\\d{7,8})");
    private static final Pattern COUNTRY_PREFIX = Pattern.compile("^(?:\\+?0{0,2}86)-?");

    /**
     * Local numbers used to probe whether libphonenumber knows an area code at all: it has no direct
     * question for that, but an area code is in use when some plausible number under it is a valid
     * landline. Local numbers start with 2–8 and have 7 or 8 digits; the tails vary the second digit,
     * which some areas restrict.
     */
    private static final List<String> PROBE_TAILS = List.of("345678", "3456789", "123456", "1234567", "654321", "6543210");

    private final String areaCode;
    private final String subscriberNumber;

    private OfficePhone(String areaCode, String subscriberNumber) {
        this.areaCode = areaCode;
        this.subscriberNumber = subscriberNumber;
    }

    public static Optional<OfficePhone> parse(String raw) {
        if (!check(raw).isEmpty()) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(compact(raw));
        matcher.matches();
        return Optional.of(new OfficePhone(matcher.group(1), matcher.group(2)));
    }

    public static List<Problem> check(String raw) {
        String text = compact(raw);
        Optional<String> mobile = mobileWrittenAsLandline(text);
        if (mobile.isPresent()) {
            return List.of(Problem.of(PhoneProblem.OFFICE_PHONE_IS_MOBILE, mobile.get()));
        }
        Matcher matcher = FORM.matcher(text);
        if (!matcher.matches()) {
            return List.of(Problem.of(PhoneProblem.OFFICE_PHONE_FORMAT));
        }
        String area = matcher.group(1).substring(1);
        if (!isKnownAreaCode(area)) {
            return List.of(Problem.of(PhoneProblem.OFFICE_PHONE_AREA_CODE, matcher.group(1)));
        }
        // libphonenumber's patterns let some local numbers start with 0 (010-02345678), but 0 is the
        // trunk prefix and never begins a local number.
        String subscriber = matcher.group(2);
        if (subscriber.startsWith("0") || !PhoneNumbers.isFixedLine(area, subscriber)) {
            return List.of(Problem.of(PhoneProblem.OFFICE_PHONE_INVALID));
        }
        return List.of();
    }

    /** Whether a landline area code (with or without its leading 0) is in use in mainland China. */
    public static boolean isKnownAreaCode(String areaCode) {
        String area = areaCode.startsWith("0") ? areaCode.substring(1) : areaCode;
        if (!area.matches("[1-9]\\d{1,2}")) {
            return false;
        }
        return Stream.iterate(2, d -> d <= 8, d -> d + 1)
                .flatMap(first -> PROBE_TAILS.stream().map(tail -> first + tail))
                .anyMatch(local -> PhoneNumbers.isFixedLine(area, local));
    }

    private static String compact(String raw) {
        return Text.fold(raw).replaceAll("\\s+", "");
    }

    /** "13812345678", "086-13812345678", "086-010-13812345678": a mobile where a landline belongs. */
    private static Optional<String> mobileWrittenAsLandline(String text) {
        String rest = COUNTRY_PREFIX.matcher(text).replaceFirst("");
        String digits = rest.replaceAll("\\D", "").replaceFirst("^0+", "");
        String[] groups = rest.split("-");
        String last = groups[groups.length - 1];
        return Stream.of(digits, last)
                .filter(candidate -> candidate.length() == 11 && candidate.startsWith("1") && PhoneNumbers.isMobile(candidate))
                .findFirst();
    }

    /** The area code with its leading 0, e.g. "010", "0571". */
    public String areaCode() {
        return areaCode;
    }

    public String subscriberNumber() {
        return subscriberNumber;
    }

    public boolean isInArea(String areaCode) {
        return this.areaCode.equals(areaCode.startsWith("0") ? areaCode : "0" + areaCode);
    }

    /** Canonical form, whitespace removed: 086-010-12345678. */
    public String value() {
        return "086-" + areaCode + "-" + subscriberNumber;
    }

    public String e164() {
        return "+86" + areaCode.substring(1) + subscriberNumber;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OfficePhone that && value().equals(that.value());
    }

    @Override
    public int hashCode() {
        return value().hashCode();
    }

    @Override
    public String toString() {
        return value();
    }
}
