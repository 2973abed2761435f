package org.beian.domain.model.check.phone;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.beian.domain.model.check.Problem;
import org.beian.domain.model.check.Text;

/** A mainland China mobile number, normalised to its 11 national digits. */
public final class MobileNumber {

    /** Separators people type inside numbers: spaces, hyphens, brackets around the country code. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-()]");
    private static final Pattern COUNTRY_PREFIX = Pattern.compile("^(?:\\+86|0086|86)(?=\\d{11}$)");
    private static final Pattern ELEVEN_DIGITS = Pattern.compile("1\\d{10}");

    private final String digits;

    private MobileNumber(String digits) {
        this.digits = digits;
    }

    public static Optional<MobileNumber> parse(String raw) {
        return check(raw).isEmpty() ? Optional.of(new MobileNumber(normalise(raw))) : Optional.empty();
    }

    public static List<Problem> check(String raw) {
        String digits = normalise(raw);
        if (!ELEVEN_DIGITS.matcher(digits).matches()) {
            return List.of(Problem.of(PhoneProblem.MOBILE_FORMAT));
        }
        if (!PhoneNumbers.isMobile(digits)) {
            return List.of(Problem.of(PhoneProblem.MOBILE_INVALID, digits));
        }
        return List.of();
    }

    static String normalise(String raw) {
        String compact = SEPARATORS.matcher(Text.fold(raw)).replaceAll("");
        return COUNTRY_PREFIX.matcher(compact).replaceFirst("");
    }

    /** 11 digits, no prefix: the form to store and compare (one number serves one subject only). */
    public String value() {
        return digits;
    }

    public String e164() {
        return "+86" + digits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MobileNumber that && digits.equals(that.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return digits;
    }
}
