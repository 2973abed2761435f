package org.beian.domain.model.check.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beian.domain.model.check.Problem;
import org.beian.domain.model.check.Text;

/**
 * Homepage URLs of a website. The source requires each to be one of the website's domains and to begin
 * with www., so the host must be www. + one of the domains; the scheme is optional (http or https).
 *
 * <p>The URL is split by hand rather than with {@link java.net.URI}, which rejects Unicode hosts such as
 * www.例子.中国 that applicants legitimately type.
 */
public final class Homepages {

    private static final Pattern URL = Pattern.compile(
            "^(?:(?<scheme>[a-zA-Z][a-zA-Z0-9+.-]*)://)?(?<host>[^/?#:@]+)(?::(?<port>\\d{1,5}))?(?<rest>[/?#].*)?$");

    private Homepages() {}

    public static List<Problem> check(String url, Collection<String> websiteDomains) {
        Optional<DomainName> parsedHost = host(url);
        if (parsedHost.isEmpty()) {
            return List.of(Problem.of(DomainProblem.HOMEPAGE_FORMAT));
        }
        DomainName host = parsedHost.get();
        List<Problem> problems = new ArrayList<>();
        if (!host.ascii().startsWith("www.")) {
            problems.add(Problem.of(DomainProblem.HOMEPAGE_NOT_WWW, host.unicode()));
        }
        boolean among = websiteDomains.stream()
                .map(DomainName::parse)
                .flatMap(Optional::stream)
                .anyMatch(domain -> host.equals(domain) || host.equals(domain.withWww()));
        if (!among) {
            problems.add(Problem.of(DomainProblem.HOMEPAGE_NOT_AMONG_DOMAINS, host.unicode()));
        }
        return List.copyOf(problems);
    }

    /** The host of a homepage URL, when the URL is well formed. */
    public static Optional<DomainName> host(String url) {
        Matcher matcher = URL.matcher(Text.fold(url));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String scheme = matcher.group("scheme");
        if (scheme != null && !List.of("http", "https").contains(scheme.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return DomainName.parse(matcher.group("host"));
    }
}
