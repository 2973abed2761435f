package org.beian.domain.model.check.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.beian.domain.model.check.Problem;
import org.beian.domain.model.check.Text;
import org.beian.domain.model.check.domain.DomainChecks;
import org.beian.domain.model.check.domain.DomainName;
import org.beian.domain.model.filing.DomainRegistration;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.filing.SubjectData;
import org.beian.domain.model.filing.WebsiteData;
import org.beian.domain.model.national.NationalRegistry;
import org.beian.domain.model.reference.ProvinceRules;

/** The websites' domains: each on its own, across the order, and against both registries. */
final class WebsiteDomainChecks implements CheckFamily {

    /**
     * China's own country-code TLDs. They are country codes, but the rule against country-code domains
     * (Beijing) is about foreign ones.
     */
    private static final Set<String> CHINA_TLDS = Set.of("cn", "中国", "中國");
    /** Suffixes reserved to party and government bodies (互联网政务应用安全管理规定). */
    private static final List<String> GOVERNMENT_SUFFIXES = List.of(".gov.cn", ".政务");
    private static final String GOVERNMENT = "GOVERNMENT";

    @Override
    public void check(Evaluation e) {
        if (!e.scope().websites()) {
            return;
        }
        DomainChecks domainChecks = new DomainChecks(e.request().reference().fileableSuffixes());
        Optional<ProvinceRules.Applied> countryCodes = e.provinceRule("domain.country_code_allowed")
                .filter(rule -> !rule.asBoolean());
        Optional<ProvinceRules.Applied> maxDomains = e.provinceRule("website.max_domains").filter(rule -> rule.asInt() > 0);
        Set<String> duplicates = duplicates(e.websites());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < e.websites().size(); i++) {
            WebsiteData website = e.websites().get(i);
            if (website.domains().isEmpty()) {
                e.require("websites[" + i + "].domains", null);
            }
            // A change may keep an older multi-domain website's domains (or drop some); new websites have one.
            boolean filedWebsite = e.request().type() == OrderType.CHANGE && Evaluation.present(website.icpNumber());
            if (maxDomains.isPresent() && !filedWebsite && website.domains().size() > maxDomains.get().asInt()) {
                e.addApplied(Rule.WEBSITE_TOO_MANY_DOMAINS, "websites[" + i + "].domains", maxDomains.get(),
                        website.domains().size(), maxDomains.get().asInt());
            }
            for (int j = 0; j < website.domains().size(); j++) {
                String raw = website.domains().get(j);
                String field = "websites[" + i + "].domains[" + j + "]";
                if (!e.require(field, raw)) {
                    continue;
                }
                Optional<String> badLabel = DomainName.invalidAceLabel(raw);
                if (badLabel.isPresent()) {
                    e.add(Rule.DOMAIN_PUNYCODE_INVALID, field, badLabel.get());
                    continue;
                }
                List<Problem> problems = domainChecks.check(raw);
                e.addProblems(field, problems);
                if (countryCodes.isPresent()) {
                    for (Problem problem : DomainChecks.checkNotCountryCode(raw)) {
                        if (!CHINA_TLDS.contains(problem.arguments().get(0))) {
                            e.addApplied(ProblemRules.ruleFor(problem), field, countryCodes.get(), problem.arguments().toArray());
                        }
                    }
                }
                String key = key(raw);
                boolean repeated = !seen.add(key);
                if (repeated && duplicates.contains(key)) {
                    e.add(Rule.DOMAIN_DUPLICATE, field, key);
                }
                if (problems.isEmpty()) {
                    String domain = DomainName.parse(raw).orElseThrow().unicode();
                    checkGovernmentSuffix(e, field, domain);
                    checkRegistration(e, website, field, domain);
                    checkRegistries(e, website, field, domain);
                }
            }
        }
    }

    private static void checkGovernmentSuffix(Evaluation e, String field, String domain) {
        if (e.subject() == null || !Evaluation.present(e.subject().nature()) || GOVERNMENT.equals(e.subject().nature())) {
            return;
        }
        GOVERNMENT_SUFFIXES.stream().filter(domain::endsWith).findFirst()
                .ifPresent(suffix -> e.add(Rule.DOMAIN_GOV_CN_NOT_GOVERNMENT, field, domain, e.natureName(e.subject().nature())));
    }

    /**
     * The registration's expiry and registrant: what the registrar reports when a lookup is wired in, else
     * what the applicant entered for the domain.
     */
    private static void checkRegistration(Evaluation e, WebsiteData website, String field, String domain) {
        SubjectData subject = e.subject();
        if (subject == null || !e.scope().addsWebsites()) {
            return;
        }
        Optional<DomainRegistration> registration = e.context().findDomainRegistration(domain)
                .or(() -> website.domainRegistrations().stream().filter(r -> domain.equals(key(r.domain()))).findFirst());
        Optional<ProvinceRules.Applied> months = e.provinceRule("domain.min_remaining_months").filter(rule -> rule.asInt() > 0);
        if (months.isPresent()) {
            Optional<LocalDate> expires = registration.map(DomainRegistration::expiresOn).flatMap(WebsiteDomainChecks::date);
            if (expires.isEmpty()) {
                e.addApplied(Rule.DOMAIN_REGISTRATION_UNKNOWN, field, months.get(), domain, months.get().asInt());
            } else if (expires.get().isBefore(e.request().today().plusMonths(months.get().asInt()))) {
                e.addApplied(Rule.DOMAIN_EXPIRES_TOO_SOON, field, months.get(), domain, expires.get(), months.get().asInt());
            }
        }
        String registrant = registration.map(DomainRegistration::registrant).map(Text::fold).orElse("");
        if (registrant.isEmpty() || !Evaluation.present(subject.name())) {
            return;
        }
        String subjectName = e.individual() ? SubjectChecks.personName(subject.name()) : Text.fold(subject.name());
        Optional<ProvinceRules.Applied> legalRepresentative = e.individual() ? Optional.empty()
                : e.provinceRule("domain.registrant_may_be_legal_representative");
        boolean byLegalRepresentative = legalRepresentative.map(ProvinceRules.Applied::asBoolean).orElse(false)
                && registrant.equals(Text.fold(subject.legalRepresentative()));
        if (!registrant.equals(subjectName) && !byLegalRepresentative) {
            e.addApplied(Rule.DOMAIN_REGISTRANT_NOT_SUBJECT, field, legalRepresentative.orElse(null), domain, registrant, subjectName);
        }
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Evaluation.present(text) ? Optional.of(LocalDate.parse(Text.fold(text))) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The domains that occur more than once, as the primitive compares them. */
    private static Set<String> duplicates(List<WebsiteData> websites) {
        Set<String> duplicates = new HashSet<>();
        List<List<String>> domains = new ArrayList<>();
        websites.forEach(website -> domains.add(website.domains().stream().filter(Evaluation::present).toList()));
        DomainChecks.duplicates(domains).forEach(problem -> duplicates.add(problem.arguments().get(0)));
        return duplicates;
    }

    private static String key(String raw) {
        return DomainName.parse(raw).map(DomainName::unicode).orElse(Text.fold(raw).toLowerCase(Locale.ROOT));
    }

    /**
     * Where the domain is filed decides whether it belongs in this order: new websites need new domains,
     * an access filing needs this subject's domain filed elsewhere, a change may keep its own domains.
     */
    private static void checkRegistries(Evaluation e, WebsiteData website, String field, String domain) {
        Optional<CheckContext.FiledWebsite> here = e.context().findWebsiteFiledHereByDomain(domain);
        String ownIcpNumber = Text.fold(website.icpNumber());
        if (here.isPresent()) {
            if (e.request().type() != OrderType.CHANGE || !here.get().websiteIcpNumber().equals(ownIcpNumber)) {
                e.add(Rule.DOMAIN_ALREADY_FILED_HERE, field, domain, here.get().websiteIcpNumber());
            }
            return;
        }
        Optional<NationalRegistry.WebsiteRecord> elsewhere = e.context().nationalRegistry().findByDomain(domain);
        switch (e.request().type()) {
            case ACCESS -> {
                SubjectData subject = e.subject();
                if (elsewhere.isEmpty()) {
                    e.add(Rule.DOMAIN_NOT_FILED_ELSEWHERE, field, domain);
                } else if (subject != null && !ownedBy(elsewhere.get(), subject)) {
                    e.add(Rule.DOMAIN_FILED_BY_OTHER_SUBJECT, field, domain, elsewhere.get().icpNumber());
                }
            }
            case CHANGE -> elsewhere.filter(record -> !record.icpNumber().equals(ownIcpNumber))
                    .ifPresent(record -> e.add(Rule.DOMAIN_FILED_ELSEWHERE, field, domain, record.icpNumber()));
            default -> elsewhere.ifPresent(record -> e.add(Rule.DOMAIN_FILED_ELSEWHERE, field, domain, record.icpNumber()));
        }
    }

    private static boolean ownedBy(NationalRegistry.WebsiteRecord record, SubjectData subject) {
        NationalRegistry.SubjectRecord owner = record.subject();
        return owner != null && Persons.sameCertificate(owner.certificateType(), owner.certificateNumber(),
                subject.certificateType(), subject.certificateNumber());
    }
}
