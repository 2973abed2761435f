package org.beian.application.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beian.application.dto.PublicSecurityGuide;
import org.beian.application.dto.PublicSecurityGuide.Entry;
import org.beian.application.dto.PublicSecurityGuide.Section;
import org.beian.application.dto.WebsiteFilingView.FilingNumberDisplay;
import org.beian.application.port.DomainLookup.Registrar;
import org.beian.domain.model.registry.CloudServiceRef;
import org.beian.domain.model.registry.Subject;
import org.beian.domain.model.registry.Website;

/**
 * After approval, what the desk tells the applicant to do with the filing (filing-process §3,
 * beyond-the-seed §1): the filing number to show at the bottom of the site, and the values to enter in
 * the public-security filing, as the source manual's "公安备案相关信息填写" lists them. Pure: everything it
 * needs is handed in, so the rules are tested without a container.
 */
final class PublicSecurityGuides {

    /** The national public-security platform (全国公安机关互联网站安全管理服务平台). */
    static final String PLATFORM_URL = "https://www.beian.gov.cn/";
    /** The ministry's public query, where the footer's number links to. */
    static final String MIIT_URL = "https://beian.miit.gov.cn/";
    /** Guangdong's bureau wants the subject number on the site, every other bureau the website number. */
    static final String GUANGDONG = "440000";

    /** The platform's language boxes (网站语种) for the languages a website is filed with. */
    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("zh-CN", "中文简体"), Map.entry("zh-TW", "中文繁体"), Map.entry("en", "英语"), Map.entry("fr", "法语"),
            Map.entry("ru", "俄语"), Map.entry("es", "西班牙语"), Map.entry("ug", "维吾尔语"), Map.entry("kk", "哈萨克语"),
            Map.entry("mn", "蒙古语"), Map.entry("bo", "藏语"), Map.entry("ar", "阿拉伯语"), Map.entry("ko", "朝鲜语"),
            Map.entry("ja", "日语"), Map.entry("de", "德语"));
    /** The platform's pre-approval boxes (相关前置许可: 新闻 出版 教育 运动保健 医疗保健 其他) for the ICP filing's types. */
    private static final Map<String, String> PRE_APPROVALS = Map.of(
            "NEWS", "新闻", "PUBLISHING", "出版", "EDUCATION", "教育", "HEALTHCARE", "医疗保健", "MEDICINE", "医疗保健");
    private static final String OTHER = "其他";
    private static final String YES = "是";
    private static final String NO = "否";
    private static final String LIST = "、";

    private PublicSecurityGuides() {}

    static FilingNumberDisplay display(String provinceCode, String provinceName, String subjectNumber, String websiteNumber) {
        boolean subject = GUANGDONG.equals(provinceCode);
        String number = subject ? subjectNumber : websiteNumber;
        String snippet = "<a href=\"" + MIIT_URL + "\" target=\"_blank\" rel=\"noopener noreferrer\">" + escape(number) + "</a>";
        return new FilingNumberDisplay(number, subject, provinceName, MIIT_URL, snippet);
    }

    /**
     * The guide for a website its subject filed: opening date = the day the ICP filing was approved;
     * the access provider's details from {@code provider} (the {@code provider_detail} rows); the
     * registrar from the registration lookup, else the provider's own registrar (marked: valid only for
     * a domain registered with the provider).
     */
    static PublicSecurityGuide guide(Subject subject, Website website, LocalDate openedOn, Map<String, String> provider,
                                     Optional<Registrar> registrar) {
        List<Entry> site = new ArrayList<>();
        site.add(new Entry("websiteName", website.getName(), null));
        site.add(new Entry("hasIcpNumber", YES, null));
        site.add(new Entry("icpNumber", website.getIcpNumber(), null));
        site.add(new Entry("openingDate", openedOn.toString(), "openingDate"));
        List<String> domains = website.getDomains();
        site.add(new Entry("mainDomain", domains.isEmpty() ? null : domains.get(0), null));
        List<String> others = domains.size() > 1 ? domains.subList(1, domains.size()) : List.of();
        site.add(new Entry("otherDomains", others.isEmpty() ? null : String.join(LIST, others), others.isEmpty() ? "noOtherDomains" : null));
        List<String> ips = website.getCloudServices().stream().map(CloudServiceRef::getPublicIp)
                .filter(ip -> ip != null && !ip.isBlank()).distinct().toList();
        if (ips.isEmpty()) {
            site.add(new Entry("ip", null, "ipMissing"));
        }
        ips.forEach(ip -> site.add(new Entry("ip", ip, null)));

        List<Entry> access = List.of(
                new Entry("providerName", provider.get("access_provider.name"), null),
                new Entry("providerRegion", provider.get("access_provider.region"), null),
                new Entry("accessMethod", provider.get("access_provider.access_method"), null),
                new Entry("providerPhone", provider.get("access_provider.phone"), null),
                new Entry("providerCode", provider.get("access_provider.organisation_code"), null),
                new Entry("providerCreditCode", provider.get("access_provider.credit_code"), null));

        List<Entry> domainRegistrar = registrar
                .map(r -> List.of(new Entry("registrarName", r.name(), null), new Entry("registrarRegion", r.region(), null)))
                .orElseGet(() -> {
                    String name = provider.get("registrar.name");
                    return List.of(new Entry("registrarName", name, name == null ? "registrarUnknown" : "registrarOurs"),
                            new Entry("registrarRegion", provider.get("registrar.region"), null));
                });

        List<String> preApprovals = website.getPreApprovalTypes().stream().filter(t -> !"NONE".equals(t)).toList();
        List<Entry> other = List.of(
                new Entry("serviceType", "INDIVIDUAL".equals(subject.getNature()) ? "博客/个人空间" : "单位门户网站", "serviceType"),
                new Entry("dangerousGoods", NO, "dangerousGoods"),
                new Entry("preApproval", preApprovals.isEmpty() ? NO : YES + "：" + names(preApprovals, PRE_APPROVALS),
                        preApprovals.isEmpty() ? null : "preApproval"),
                new Entry("languages", website.getLanguages().isEmpty() ? null : names(website.getLanguages(), LANGUAGES), null));

        return new PublicSecurityGuide(PLATFORM_URL, List.of(new Section("website", List.copyOf(site)),
                new Section("accessProvider", access), new Section("registrar", domainRegistrar), new Section("other", other)));
    }

    /** The platform's box names for the codes, each once, in the order filed; unknown codes are 其他. */
    private static String names(List<String> codes, Map<String, String> boxes) {
        Set<String> names = new LinkedHashSet<>();
        codes.forEach(code -> names.add(boxes.getOrDefault(code, OTHER)));
        return String.join(LIST, names);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
