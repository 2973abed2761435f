package org.beian.domain.model.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in free text before it leaves the desk in an export: resident identity numbers
 * as first 6 + {@code ********} + last 4 (the form the desk's lists use), mobile numbers as first 3 +
 * {@code ****} + last 4, e-mail addresses down to their first letter and domain. Applied to every
 * column of the audit log's CSV, since an event's detail may quote any field.
 */
public final class PersonalDataMask {

    private static final Pattern IDENTITY = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})\\d{8}(\\d{3}[0-9Xx])(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1[3-9]\\d)\\d{4}(\\d{4})(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("(?<![A-Za-z0-9._%+-])([A-Za-z0-9])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+)");

    private PersonalDataMask() {}

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = replace(IDENTITY, text, m -> m.group(1) + "********" + m.group(2));
        masked = replace(MOBILE, masked, m -> m.group(1) + "****" + m.group(2));
        return replace(EMAIL, masked, m -> m.group(1) + "***@" + m.group(2));
    }

    /** One certificate number as the lists show it: first 6 + {@code ********} + last 4 (short ones: all but the last 4 hidden). */
    public static String certificateNumber(String number) {
        if (number == null || number.isEmpty()) {
            return number;
        }
        return number.length() > 10 ? number.substring(0, 6) + "********" + number.substring(number.length() - 4)
                : "*".repeat(Math.max(0, number.length() - 4)) + number.substring(Math.max(0, number.length() - 4));
    }

    /** One mobile (or other phone) number: first 3 + {@code ****} + last 4. */
    public static String phone(String number) {
        if (number == null || number.length() < 8) {
            return number;
        }
        return number.substring(0, 3) + "****" + number.substring(number.length() - 4);
    }

    /** One e-mail address down to its first letter and domain. */
    public static String email(String address) {
        return address == null ? null : replace(EMAIL, address, m -> m.group(1) + "***@" + m.group(2));
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> replacement) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
