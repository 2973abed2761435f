package org.beian.domain.model.check.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.beian.domain.model.check.Problem;
import org.beian.domain.model.check.Text;

/**
 * Checks on the domains of a filing. Which suffixes can be filed is the ministry's decision and changes,
 * so it is passed in (reference data), e.g. {@code Set.of(".com", ".cn", ".中国")}: a domain is fileable
 * when its registry suffix or any parent of it is listed (".cn" covers example.com.cn).
 */
public final class DomainChecks {

    private final Set<String> fileableSuffixes;

    /**
     * @param fileableSuffixes suffixes with or without the leading dot, in Unicode or punycode, any case
     * @throws IllegalArgumentException if an entry is not a valid suffix
     */
    public DomainChecks(Collection<String> fileableSuffixes) {
        this.fileableSuffixes = fileableSuffixes.stream()
                .map(suffix -> suffix.startsWith(".") ? suffix.substring(1) : suffix)
                .map(suffix -> DomainName.toAscii(suffix)
                        .orElseThrow(() -> new IllegalArgumentException("not a suffix: " + suffix)))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Everything that can be said of one domain without the rest of the filing: syntax, suffix,
     * registrability, fileability. Country codes are a province rule: see {@link #checkNotCountryCode}.
     */
    public List<Problem> check(String raw) {
        Optional<Problem> syntax = DomainName.syntaxProblem(raw);
        if (syntax.isPresent()) {
            return List.of(syntax.get());
        }
        DomainName domain = DomainName.parse(raw).orElseThrow();
        Optional<String> registrySuffix = domain.registrySuffixAscii();
        if (registrySuffix.isEmpty()) {
            return List.of(Problem.of(DomainProblem.DOMAIN_UNKNOWN_SUFFIX, domain.topLevelDomain()));
        }
        if (domain.isRegistrySuffix()) {
            return List.of(Problem.of(DomainProblem.DOMAIN_IS_PUBLIC_SUFFIX, domain.unicode()));
        }
        List<Problem> problems = new ArrayList<>();
        domain.privateSuffix().ifPresent(suffix -> problems.add(Problem.of(DomainProblem.DOMAIN_PRIVATE_SUFFIX, suffix)));
        DomainName registrable = domain.registrableDomain().orElseThrow();
        if (!registrable.equals(domain)) {
            problems.add(Problem.of(DomainProblem.DOMAIN_NOT_REGISTRABLE, registrable.unicode()));
        }
        if (!isFileableSuffix(registrySuffix.get())) {
            problems.add(Problem.of(DomainProblem.DOMAIN_TLD_NOT_FILEABLE, domain.registrySuffix().orElseThrow()));
        }
        return List.copyOf(problems);
    }

    /** For provinces (Beijing) that accept no country-code domain; silent on what does not parse. */
    public static List<Problem> checkNotCountryCode(String raw) {
        return DomainName.parse(raw)
                .filter(DomainName::isCountryCode)
                .map(domain -> List.of(Problem.of(DomainProblem.DOMAIN_COUNTRY_CODE, domain.topLevelDomain())))
                .orElse(List.of());
    }

    /**
     * Domains that occur more than once across the websites of one filing (within one website too),
     * compared after normalisation; each duplicate reported once, in order of first repetition.
     */
    public static List<Problem> duplicates(List<? extends Collection<String>> domainsByWebsite) {
        Set<String> seen = new HashSet<>();
        Set<String> repeated = new LinkedHashSet<>();
        for (Collection<String> domains : domainsByWebsite) {
            for (String raw : domains) {
                String key = DomainName.parse(raw).map(DomainName::unicode).orElse(Text.fold(raw).toLowerCase(Locale.ROOT));
                if (!seen.add(key)) {
                    repeated.add(key);
                }
            }
        }
        return repeated.stream().map(domain -> Problem.of(DomainProblem.DOMAIN_DUPLICATE, domain)).toList();
    }

    public boolean isFileable(DomainName domain) {
        return domain.registrySuffixAscii().map(this::isFileableSuffix).orElse(false);
    }

    private boolean isFileableSuffix(String asciiSuffix) {
        for (String candidate = asciiSuffix; ; candidate = candidate.substring(candidate.indexOf('.') + 1)) {
            if (fileableSuffixes.contains(candidate)) {
                return true;
            }
            if (candidate.indexOf('.') < 0) {
                return false;
            }
        }
    }
}
