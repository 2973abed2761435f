package org.beian.domain.model.check.name;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.beian.domain.model.check.Problem;
import org.beian.domain.model.check.Text;
import org.beian.domain.model.check.domain.DomainName;

/**
 * Website name rules (beyond-the-seed §2.9).
 *
 * <p>Allowed characters: Chinese characters (CJK unified ideographs, any extension), Latin letters,
 * digits, and the punctuation passed in — by default only the middle dot (· U+00B7, ・ U+30FB), which
 * names of ethnic-minority and foreign persons and brands need. Full-width letters and digits count as
 * their ASCII forms. Everything else is a "special symbol", whitespace included: filing desks reject
 * spaces, brackets and marks such as 《》!@# in website names.
 *
 * <p>Reserved prefixes are reported by a separate method because they are allowed for state bodies,
 * which only the catalogue knows.
 */
public final class WebsiteNames {

    public static final List<String> DEFAULT_RESERVED_PREFIXES = List.of("中国", "中华", "中央", "人民", "人大", "国家");
    public static final List<String> DEFAULT_PRE_APPROVAL_WORDS = List.of("博客", "论坛", "在线", "社区", "交流");
    public static final String DEFAULT_PUNCTUATION = "·・";
    public static final int MIN_CHINESE_CHARACTERS = 3;

    private final Keywords reservedPrefixes;
    private final Keywords preApprovalWords;
    private final Keywords bannedWords;
    private final FinanceKeywords financeKeywords;
    private final Set<Integer> allowedPunctuation;

    public WebsiteNames(Collection<String> reservedPrefixes, Collection<String> preApprovalWords,
                        Collection<String> bannedWords, FinanceKeywords financeKeywords, String allowedPunctuation) {
        this.reservedPrefixes = new Keywords(reservedPrefixes);
        this.preApprovalWords = new Keywords(preApprovalWords);
        this.bannedWords = new Keywords(bannedWords);
        this.financeKeywords = financeKeywords;
        this.allowedPunctuation = Text.fold(allowedPunctuation).codePoints().boxed().collect(Collectors.toUnmodifiableSet());
    }

    /** The source's lists, no province bans. */
    public static WebsiteNames defaults() {
        return new WebsiteNames(DEFAULT_RESERVED_PREFIXES, DEFAULT_PRE_APPROVAL_WORDS, List.of(),
                FinanceKeywords.defaults(), DEFAULT_PUNCTUATION);
    }

    /** The same rules with a province's banned words (e.g. Tianjin: 资讯, 论坛, 平台). */
    public WebsiteNames withBannedWords(Collection<String> words) {
        return new WebsiteNames(this, new Keywords(words));
    }

    private WebsiteNames(WebsiteNames base, Keywords bannedWords) {
        this.reservedPrefixes = base.reservedPrefixes;
        this.preApprovalWords = base.preApprovalWords;
        this.bannedWords = bannedWords;
        this.financeKeywords = base.financeKeywords;
        this.allowedPunctuation = base.allowedPunctuation;
    }

    /** Every rule except the reserved prefix. */
    public List<Problem> check(String name, Collection<String> websiteDomains) {
        String folded = Text.fold(name);
        List<Problem> problems = new ArrayList<>();
        int chinese = chineseCharacterCount(folded);
        if (chinese == 0 && folded.codePoints().anyMatch(WebsiteNames::isLatinOrDigit)) {
            problems.add(Problem.of(NameProblem.WEBSITE_NAME_ONLY_DIGITS_OR_LATIN));
        } else if (chinese < MIN_CHINESE_CHARACTERS) {
            problems.add(Problem.of(NameProblem.WEBSITE_NAME_TOO_SHORT, chinese));
        }
        String symbols = specialSymbols(folded);
        if (!symbols.isEmpty()) {
            problems.add(Problem.of(NameProblem.WEBSITE_NAME_SPECIAL_SYMBOL, symbols));
        }
        equalDomain(folded, websiteDomains)
                .ifPresent(domain -> problems.add(Problem.of(NameProblem.WEBSITE_NAME_EQUALS_DOMAIN, domain)));
        preApprovalWords.foundIn(folded)
                .forEach(word -> problems.add(Problem.of(NameProblem.WEBSITE_NAME_NEEDS_PRE_APPROVAL, word)));
        bannedWords.foundIn(folded)
                .forEach(word -> problems.add(Problem.of(NameProblem.WEBSITE_NAME_BANNED_WORD, word)));
        problems.addAll(financeKeywords.check(folded));
        return List.copyOf(problems);
    }

    public boolean startsWithReservedPrefix(String name) {
        return reservedPrefixes.prefixOf(name).isPresent();
    }

    /** Raise only for subject natures other than state bodies. */
    public List<Problem> checkReservedPrefix(String name) {
        return reservedPrefixes.prefixOf(name)
                .map(prefix -> List.of(Problem.of(NameProblem.WEBSITE_NAME_RESERVED_PREFIX, prefix)))
                .orElse(List.of());
    }

    /** Chinese characters: ideographs of the Han script (radicals and punctuation excluded). */
    public static int chineseCharacterCount(String text) {
        return (int) Text.fold(text).codePoints().filter(WebsiteNames::isChinese).count();
    }

    private static boolean isChinese(int codePoint) {
        return Character.isIdeographic(codePoint) && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static boolean isLatinOrDigit(int codePoint) {
        return codePoint >= 'a' && codePoint <= 'z' || codePoint >= 'A' && codePoint <= 'Z'
                || codePoint >= '0' && codePoint <= '9';
    }

    private String specialSymbols(String folded) {
        Set<String> symbols = new LinkedHashSet<>();
        folded.codePoints()
                .filter(c -> !isChinese(c) && !isLatinOrDigit(c) && !allowedPunctuation.contains(c))
                .forEach(c -> symbols.add(Character.toString(c)));
        return String.join("", symbols);
    }

    /** The domain the name merely repeats, compared case-insensitively, www. optional, IDN either form. */
    private static Optional<String> equalDomain(String folded, Collection<String> websiteDomains) {
        String candidate = folded.toLowerCase(Locale.ROOT);
        String bare = candidate.startsWith("www.") ? candidate.substring(4) : candidate;
        Optional<DomainName> asDomain = DomainName.parse(bare);
        for (String raw : websiteDomains) {
            Optional<DomainName> domain = DomainName.parse(raw);
            boolean same = domain.isPresent()
                    ? asDomain.map(domain.get()::equals).orElse(false)
                    : bare.equals(Text.fold(raw).toLowerCase(Locale.ROOT));
            if (same) {
                return Optional.of(domain.map(DomainName::unicode).orElse(raw));
            }
        }
        return Optional.empty();
    }
}
