package org.beian.domain.model.check.name;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.beian.domain.model.check.Text;

/**
 * Place names a personal website may not be named after (beyond-the-seed §2.9; Guangdong: 个人备案名称不能涉及
 * 乡村、拼音、地区等信息), built from the administrative divisions (divisions.csv): each division's name
 * as registered (杭州市, 西湖区) and without its administrative suffix (杭州, 西湖), since applicants write the
 * short form. Grouping rows and generic names (市辖区, 城区, 郊区) are left out: they name no place.
 */
public final class PlaceNames {

    /** Suffixes longest first, so 自治州 is removed before 州. */
    private static final Pattern SUFFIX = Pattern.compile(
            "(维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|自治州|自治县|自治旗|地区|林区|特区|新区|矿区|省|市|区|县|盟|旗)$");
    private static final Set<String> GENERIC = Set.of("市辖区", "县", "城区", "郊区", "矿区", "东区", "西区", "南区", "北区",
            "中区", "新区", "省直辖县级行政区划", "自治区直辖县级行政区划");
    private static final int SHORTEST = 2;

    private final List<String> names;

    private PlaceNames(Set<String> names) {
        this.names = names.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s)).toList();
    }

    /** The words to look for, from the division names. */
    public static PlaceNames of(Iterable<String> divisionNames) {
        Set<String> words = new TreeSet<>();
        for (String raw : divisionNames) {
            String name = Text.fold(raw);
            if (name.length() < SHORTEST || GENERIC.contains(name)) {
                continue;
            }
            words.add(name);
            String shortName = SUFFIX.matcher(name).replaceFirst("");
            if (shortName.length() >= SHORTEST && !GENERIC.contains(shortName)) {
                words.add(shortName);
            }
        }
        return new PlaceNames(words);
    }

    /** The longest place name the text contains, if any. */
    public Optional<String> findIn(String text) {
        String folded = Text.fold(text);
        return names.stream().filter(folded::contains).findFirst();
    }

    public int size() {
        return names.size();
    }
}
