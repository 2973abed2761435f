package org.beian.domain.model.check.catalogue;

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
            if (maxDomains.isPresent() && website.domains().size() > maxDomains.get().asInt()) {
                e.addApplied(Rule.WEBSITE_TOO_MANY_DOMAINS, "websites[" + i + "].domains", maxDomains.get(),
                        website.domains().size(), maxDomains.get().asInt());
            }
            for (int j = 0; j < website.domains().size(); j++) {
                String raw = website.domains().get(j);
                String field = "websites[" + i + "].domains[" + j + "]";
                if (!e.require(field, raw)) {
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
                    checkRegistries(e, website, field, DomainName.parse(raw).orElseThrow().unicode());
                }
            }
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
