package org.beian.domain.model.check.address;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.beian.domain.model.check.Problem;
import org.beian.domain.model.check.Text;

/**
 * Addresses must be precise to the door number and name a real district.
 *
 * <p>Precision is a heuristic: the address must contain a number directly followed by a door-level unit
 * (3号, 12栋, 2单元, 1201室, 十三号楼, A座, 5组, 弄 in Shanghai lanes), or the common shorthand of
 * hyphenated numbers (3-2-101 for building-unit-room). Digits may be full-width; letters may precede or
 * follow digits (B2栋, 12A室).
 *
 * <p>Known limits: it cannot tell a real house number from a numbered landmark ("地铁1号线", "2楼" with no
 * room), so it accepts some addresses a reviewer would reject; and a Chinese numeral followed by a unit
 * inside a place name is taken as a number. 村 is deliberately not a unit: "幸福一村" names a housing
 * estate, not a door. Rural addresses without any number are reported and need the remark.
 */
public final class MailingAddresses {

    private static final String NUMBER = "(?:[0-9]+[A-Za-z]?|[A-Za-z][0-9]*|[〇零一二三四五六七八九十百千两]+)";
    private static final String UNIT = "(?:号|室|栋|幢|楼|单元|弄|座|层|组)";
    private static final Pattern DOOR = Pattern.compile(
            NUMBER + "(?:[-~][0-9]+[A-Za-z]?)*" + UNIT + "|[0-9]+(?:-[0-9]+[A-Za-z]?)+");
    private static final String SHIXIAQU = "市辖区";

    private MailingAddresses() {}

    public static List<Problem> check(String address) {
        String text = Text.fold(address).replaceAll("\\s+", "");
        List<Problem> problems = new ArrayList<>();
        if (!isPreciseToDoor(text)) {
            problems.add(Problem.of(AddressProblem.ADDRESS_NOT_PRECISE));
        }
        if (text.contains(SHIXIAQU)) {
            problems.add(Problem.of(AddressProblem.ADDRESS_CONTAINS_SHIXIAQU));
        }
        return List.copyOf(problems);
    }

    public static boolean isPreciseToDoor(String address) {
        return DOOR.matcher(Text.fold(address).replaceAll("\\s+", "")).find();
    }
}
