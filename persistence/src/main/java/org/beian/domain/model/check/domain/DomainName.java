package org.beian.domain.model.check.domain;

import com.google.common.net.InetAddresses;
import com.google.common.net.InternetDomainName;
import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.beian.domain.model.check.Problem;
import org.beian.domain.model.check.Text;

/**
 * A normalised host name: trimmed, lower case, trailing dot removed, and held in ASCII (punycode) so
 * that 例子.中国 and xn--fsqu00a.xn--fiqs8s are one name. {@link #unicode()} is the form to show.
 *
 * <p>Suffix questions go to the public suffix list (Guava). The list has an ICANN part (com, com.cn,
 * 中国) and a private part (github.io, cn.com); names under a private suffix were not registered with a
 * ministry-approved registrar, so the registrable domain there is the private one and the checks say so.
 */
public final class DomainName {

    /**
     * Internationalised country-code TLDs in the scripts this desk meets (not exhaustive: the root zone
     * has more, none of them fileable). Two-letter ASCII TLDs are country codes by definition.
     */
    private static final Set<String> IDN_COUNTRY_CODES = Stream.of(
                    "中国", "中國", "香港", "台湾", "台灣", "澳門", "新加坡", "한국", "рф")
            .map(IDN::toASCII)
            .collect(Collectors.toUnmodifiableSet());

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://");
    private static final Pattern PORT = Pattern.compile("^(.*):(\\d*)$");

    private final InternetDomainName name;

    private DomainName(InternetDomainName name) {
        this.name = name;
    }

    /**
     * The first ACE label ({@code xn--…}) of a host that is not valid punycode: one that does not decode, or
     * that does not encode back to itself (RFC 5891 §5.5: a label is only the A-label of what it decodes
     * to). Such names cannot be registered, so the bureau refuses them; the Unicode form cannot be shown.
     */
    public static Optional<String> invalidAceLabel(String raw) {
        for (String label : Text.fold(raw).toLowerCase(Locale.ROOT).split("\\.")) {
            if (!label.startsWith("xn--")) {
                continue;
            }
            String unicode = IDN.toUnicode(label, IDN.ALLOW_UNASSIGNED);
            if (unicode.equals(label) || unicode.startsWith("xn--") || unicode.isEmpty()) {
                return Optional.of(label); // java.net.IDN returns the input when it cannot decode it
            }
            try {
                if (!IDN.toASCII(unicode, IDN.ALLOW_UNASSIGNED).equalsIgnoreCase(label)) {
                    return Optional.of(label);
                }
            } catch (IllegalArgumentException e) {
                return Optional.of(label);
            }
        }
        return Optional.empty();
    }

    /** The name, when it is a syntactically valid host name (suffix questions are not asked yet). */
    public static Optional<DomainName> parse(String raw) {
        return Optional.ofNullable(read(raw).name());
    }

    /** The syntax problem, if any: URL, port, wildcard, IP address or malformed. */
    static Optional<Problem> syntaxProblem(String raw) {
        return Optional.ofNullable(read(raw).problem());
    }

    private record Reading(DomainName name, Problem problem) {}

    private static Reading read(String raw) {
        String text = Text.fold(raw);
        if (text.isEmpty()) {
            return fail(Problem.of(DomainProblem.DOMAIN_FORMAT));
        }
        Matcher scheme = SCHEME.matcher(text);
        String rest = scheme.lookingAt() ? text.substring(scheme.end()) : text.startsWith("//") ? text.substring(2) : text;
        int pathStart = firstIndexOf(rest, "/?#");
        if (rest.length() != text.length() || pathStart >= 0) {
            String host = pathStart >= 0 ? rest.substring(0, pathStart) : rest;
            // The argument is the host the applicant probably meant, normalised when it parses.
            String meant = withoutPort(host);
            return fail(Problem.of(DomainProblem.DOMAIN_URL, parse(meant).map(DomainName::unicode).orElse(meant)));
        }
        if (text.contains("*")) {
            return fail(Problem.of(DomainProblem.DOMAIN_WILDCARD));
        }
        if (isIpAddress(text)) {
            return fail(Problem.of(DomainProblem.DOMAIN_IP_ADDRESS));
        }
        Matcher port = PORT.matcher(text);
        if (port.matches()) {
            return fail(isIpAddress(port.group(1))
                    ? Problem.of(DomainProblem.DOMAIN_IP_ADDRESS)
                    : Problem.of(DomainProblem.DOMAIN_PORT));
        }
        return toAscii(text)
                .filter(InternetDomainName::isValid)
                .map(ascii -> new Reading(new DomainName(InternetDomainName.from(ascii)), null))
                .orElseGet(() -> fail(Problem.of(DomainProblem.DOMAIN_FORMAT)));
    }

    private static Reading fail(Problem problem) {
        return new Reading(null, problem);
    }

    /** IDNA ToASCII with STD3 rules (letters, digits, hyphens), lower case, without a trailing dot. */
    static Optional<String> toAscii(String text) {
        String withoutDot = text.endsWith(".") || text.endsWith("。") ? text.substring(0, text.length() - 1) : text;
        try {
            String ascii = IDN.toASCII(withoutDot, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
            return ascii.isEmpty() ? Optional.empty() : Optional.of(ascii);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isIpAddress(String text) {
        return InetAddresses.isUriInetAddress(text) || InetAddresses.isInetAddress(text);
    }

    private static String withoutPort(String host) {
        Matcher port = PORT.matcher(host);
        return port.matches() ? port.group(1) : host;
    }

    private static int firstIndexOf(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** ASCII (punycode) form: the one to compare and store. */
    public String ascii() {
        return name.toString();
    }

    /** Unicode form: the one to show. */
    public String unicode() {
        return IDN.toUnicode(ascii());
    }

    /** The last label, in Unicode. */
    public String topLevelDomain() {
        return IDN.toUnicode(name.parts().get(name.parts().size() - 1));
    }

    /** Whether the top-level domain belongs to a country or territory (.cn, .hk, .中国, …). */
    public boolean isCountryCode() {
        String tld = name.parts().get(name.parts().size() - 1);
        return tld.length() == 2 && tld.chars().allMatch(c -> c >= 'a' && c <= 'z') || IDN_COUNTRY_CODES.contains(tld);
    }

    /** The ICANN suffix a registrar sells under (com, com.cn, 中国), in ASCII; empty if unknown. */
    Optional<String> registrySuffixAscii() {
        return name.hasRegistrySuffix() ? Optional.of(name.registrySuffix().toString()) : Optional.empty();
    }

    /** The ICANN suffix, in Unicode. */
    public Optional<String> registrySuffix() {
        return registrySuffixAscii().map(IDN::toUnicode);
    }

    /** The name itself is an ICANN suffix (com.cn): nothing to file. */
    public boolean isRegistrySuffix() {
        return name.isRegistrySuffix();
    }

    /** The private suffix this name lies under (github.io for foo.github.io), if any. */
    public Optional<String> privateSuffix() {
        if (name.isUnderPublicSuffix() && name.hasRegistrySuffix()
                && !name.publicSuffix().equals(name.registrySuffix())) {
            return Optional.of(IDN.toUnicode(name.publicSuffix().toString()));
        }
        return Optional.empty();
    }

    /**
     * The domain one registers and files: one label below the public suffix (private suffixes
     * included, see the class comment). Empty when the name has no known suffix or is one.
     */
    public Optional<DomainName> registrableDomain() {
        if (privateSuffix().isPresent()) {
            return Optional.of(new DomainName(name.topPrivateDomain()));
        }
        if (name.isUnderRegistrySuffix()) {
            return Optional.of(new DomainName(name.topDomainUnderRegistrySuffix()));
        }
        return Optional.empty();
    }

    /** Whether this name is its own registrable domain (no subdomain labels). */
    public boolean isRegistrable() {
        return registrableDomain().map(this::equals).orElse(false);
    }

    /** The registrable domain prefixed with www. (homepages must use it). */
    DomainName withWww() {
        return new DomainName(name.child("www"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DomainName that && name.equals(that.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return unicode();
    }
}
