package org.beian.domain.model.check.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.filing.SubjectData;
import org.beian.domain.model.national.NationalRegistry;

/**
 * A valid order (an enterprise or an individual in Hangzhou, Zhejiang, filing one website on an eligible
 * server with every document attached) that a test changes with edits, then evaluates. The edit notation,
 * used by the CSV tables under {@code catalogue/}, is {@code key=value} pairs separated by {@code ;}:
 *
 * <ul>
 * <li>{@code subject.<field>}, {@code subject.principal.<field>}, {@code websites[i].<field>},
 *     {@code websites[i].principal.<field>}; lists with {@code |}; {@code websites[i].principal=new} gives a
 *     website its own principal (赵敏, with her ID document attached); {@code websites=N} adds copies of the
 *     first website (siteK.com, form attached); cloud services as {@code KIND:reference}.</li>
 * <li>values {@code null}; {@code id:<address>:<yyyyMMdd>:<seq>} and {@code age:<years>:<M|F>[:<address>[:<seq>]]}
 *     make valid resident IDs, {@code idbad:…} one with a wrong check character; {@code uscc:<division>} a valid credit code, {@code uscc-bad:<division>} one with
 *     a wrong check character.</li>
 * <li>{@code province=<code>} moves the subject (region and certificate) to another province.</li>
 * <li>{@code docs+=purpose}, {@code docs-=purpose}, {@code docs=} (none); {@code extras.password};
 *     {@code rule.<key>=<value>} changes a province rule value for the subject's province; {@code today}.</li>
 * <li>registry and account: {@code ctx.orderInProgress=<n>}, {@code ctx.subjectHere=<icp>:<same|other>[:<province>[:<nature>]]},
 *     {@code ctx.subjectElsewhere=<icp>[:<province>[:<nature>]]}, {@code ctx.domainHere=<domain>:<icp>:<same|other>},
 *     {@code ctx.websiteHere=<icp>:<same|other>}, {@code ctx.domainElsewhere=<domain>:<icp>:<self|other>[:<providers>]},
 *     {@code ctx.mobileHolder=<mobile>:<self|other>}, {@code ctx.unconfirmedMobile=<mobile>}, {@code ctx.password=<subject icp>:<password>},
 *     {@code ctx.websitesOf=<subject icp>:<n>},
 *     {@code ctx.resource=<ref>:<SERVER|WEB_HOSTING>:<mainland>:<PREPAID|POSTPAID>:<months>:<days left>:<ip|->:<websites>},
 *     {@code ctx.code=<code>:<days left>:<revoked>:<issued by this account>:<held by another>}.</li>
 * </ul>
 * Registry facts about "the subject" or "self" bind to the subject as it is when the order is evaluated.
 */
final class Scenario {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final String SERVER = "ins-hz-001";
    static final String SELF_SUBJECT_ICP = "浙ICP备20000001号";
    private static final Pattern WEBSITE_FIELD = Pattern.compile("websites\\[(\\d+)]\\.(.+)");

    private OrderType type = OrderType.FIRST_FILING;
    private LocalDate today = TODAY;
    private String filingPassword;
    private Drafts.Subject subject;
    private final List<Drafts.Website> websites = new ArrayList<>();
    private final InMemoryCheckContext context = new InMemoryCheckContext();
    private final Map<String, String> ruleOverrides = new LinkedHashMap<>();
    private final List<Runnable> bindings = new ArrayList<>();
    private String selfSubjectIcp = SELF_SUBJECT_ICP;
    /** The registration lookup answers for every domain: registered to the subject, two years left. */
    private boolean registrar = true;

    private Scenario() {
        context.resource(new CheckContext.CloudResourceInfo(SERVER, CheckContext.ResourceKind.SERVER, true,
                CheckContext.BillingMode.PREPAID, 12, TODAY.plusDays(200), "203.0.113.10", 0));
    }

    static Scenario enterprise() {
        Scenario scenario = new Scenario();
        Drafts.Subject subject = new Drafts.Subject();
        subject.provinceCode = "330000";
        subject.cityCode = "330100";
        subject.districtCode = "330106";
        subject.nature = "ENTERPRISE";
        subject.certificateType = "BUSINESS_LICENCE";
        subject.certificateNumber = TestNumbers.uscc("330106");
        subject.name = "杭州青山软件有限公司";
        subject.certificateAddress = "浙江省杭州市西湖区文三路90号1幢301室";
        subject.investor = "王建国";
        subject.legalRepresentative = "王建国";
        subject.mailingAddress = "浙江省杭州市西湖区文三路90号1幢301室";
        subject.remark = "";
        subject.principal = new Drafts.Person("王建国", "RESIDENT_ID", TestNumbers.residentId("330106", LocalDate.of(1980, 5, 12), 111),
                "086-0571-87654321", "13800138000", "wang.jianguo@example.com");
        scenario.subject = subject;
        Drafts.Website website = new Drafts.Website();
        website.name = "青山软件产品中心";
        website.domains.add("qingshan.com");
        website.homepageUrls.add("www.qingshan.com");
        website.serviceContent = "ORGANISATION_PORTAL";
        website.preApprovalTypes.add("NONE");
        website.languages.add("zh-CN");
        website.remark = "";
        website.cloudServices.add(new org.beian.domain.model.filing.CloudServiceData("SERVER", SERVER, null));
        scenario.websites.add(website);
        scenario.context.attach("subject.licence").attach("subject.principal.id.both").attach("websites[0].verificationForm");
        return scenario;
    }

    static Scenario individual() {
        Scenario scenario = enterprise();
        Drafts.Subject subject = scenario.subject;
        subject.nature = "INDIVIDUAL";
        subject.certificateType = "RESIDENT_ID";
        subject.certificateNumber = TestNumbers.residentId("330106", LocalDate.of(1990, 3, 8), 222);
        subject.name = "李晓梅";
        subject.investor = null;
        subject.legalRepresentative = null;
        subject.principal = new Drafts.Person("李晓梅", "RESIDENT_ID", subject.certificateNumber, null, "13900139000",
                "li.xiaomei@example.com");
        Drafts.Website website = scenario.websites.get(0);
        website.name = "晓梅的读书笔记";
        website.domains = new ArrayList<>(List.of("lixiaomei.cn"));
        website.homepageUrls = new ArrayList<>(List.of("www.lixiaomei.cn"));
        website.serviceContent = "OTHER";
        website.remark = "个人读书笔记，分享阅读心得与书评。";
        scenario.context.detach("subject.licence");
        return scenario;
    }

    static Scenario of(String edits) {
        String trimmed = edits == null ? "" : edits.strip();
        if (trimmed.startsWith("base=individual")) {
            return individual().edit(trimmed.substring("base=individual".length()));
        }
        return enterprise().edit(trimmed);
    }

    Scenario type(OrderType type) {
        this.type = type;
        return this;
    }

    Scenario rule(String key, String value) {
        ruleOverrides.put(key, value);
        return this;
    }

    InMemoryCheckContext context() {
        return context;
    }

    Scenario edit(String edits) {
        if (edits == null) {
            return this;
        }
        for (String edit : edits.split(";")) {
            String trimmed = edit.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("edit without '=': " + trimmed);
            }
            apply(trimmed.substring(0, equals).strip(), trimmed.substring(equals + 1).strip());
        }
        return this;
    }

    private void apply(String key, String raw) {
        if (key.startsWith("ctx.")) {
            applyContext(key.substring(4), raw.split(":", -1));
            return;
        }
        if (key.startsWith("rule.")) {
            ruleOverrides.put(key.substring(5), raw);
            return;
        }
        String value = value(raw);
        Matcher website = WEBSITE_FIELD.matcher(key);
        if (website.matches()) {
            applyWebsite(Integer.parseInt(website.group(1)), website.group(2), value);
            return;
        }
        switch (key) {
            case "type" -> type = OrderType.valueOf(value);
            case "today" -> today = LocalDate.parse(value);
            case "subject" -> subject = null;
            case "subject.principal" -> subject.principal = null;
            case "websites" -> resizeWebsites(Integer.parseInt(value));
            case "province" -> moveTo(value);
            case "docs+" -> context.attach(value);
            case "docs-" -> context.detach(value);
            case "docs" -> context.detachAll();
            case "extras.password" -> filingPassword = value;
            default -> {
                if (key.startsWith("subject.principal.")) {
                    subject.principal.set(key.substring("subject.principal.".length()), value);
                } else if (key.startsWith("subject.")) {
                    subject.set(key.substring("subject.".length()), value);
                } else {
                    throw new IllegalArgumentException("unknown edit key " + key);
                }
            }
        }
    }

    private void applyWebsite(int i, String field, String value) {
        Drafts.Website website = websites.get(i);
        if (field.equals("principal")) {
            if (value == null) {
                website.principal = null;
                website.principalSameAsSubject = false;
            } else {
                website.principal = new Drafts.Person("赵敏", "RESIDENT_ID",
                        TestNumbers.residentId("330106", LocalDate.of(1988, 9, 20), 222),
                        "086-0571-87654322", "13700137000", "zhao.min@example.com");
                website.principalSameAsSubject = false;
                context.attach("websites[" + i + "].principal.id.both");
            }
        } else if (field.startsWith("principal.")) {
            website.principal.set(field.substring("principal.".length()), value);
        } else {
            website.set(field, value);
        }
    }

    /**
     * The subject moved to another province, consistently: region, and the certificate (credit code, or the
     * individual's ID card, which the principal shares) issued there.
     */
    private void moveTo(String provinceCode) {
        String prefix = provinceCode.substring(0, 2);
        subject.provinceCode = provinceCode;
        subject.cityCode = prefix + "0100";
        subject.districtCode = prefix + "0101";
        if ("INDIVIDUAL".equals(subject.nature)) {
            subject.certificateNumber = TestNumbers.residentId(prefix + "0101", LocalDate.of(1990, 3, 8), 222);
            subject.principal.certificateNumber = subject.certificateNumber;
        } else {
            subject.certificateNumber = TestNumbers.uscc(prefix + "0101");
        }
    }

    private void resizeWebsites(int count) {
        while (websites.size() > count) {
            websites.remove(websites.size() - 1);
        }
        while (websites.size() < count) {
            int k = websites.size();
            Drafts.Website copy = websites.get(0).copy();
            copy.domains = new ArrayList<>(List.of("site" + k + ".com"));
            copy.homepageUrls = new ArrayList<>(List.of("www.site" + k + ".com"));
            websites.add(copy);
            context.attach("websites[" + k + "].verificationForm");
        }
    }

    /** Resolves the value functions of the notation. */
    private String value(String raw) {
        if (raw.equals("null")) {
            return null;
        }
        String[] parts = raw.split(":", -1);
        switch (parts[0]) {
            case "id" -> {
                return TestNumbers.residentId(parts[1], LocalDate.parse(parts[2], java.time.format.DateTimeFormatter.BASIC_ISO_DATE),
                        Integer.parseInt(parts[3]));
            }
            case "age" -> {
                LocalDate birth = today.minusYears(Integer.parseInt(parts[1])).minusDays(30);
                String address = parts.length > 3 ? parts[3] : "330106";
                int sequence = parts.length > 4 ? Integer.parseInt(parts[4]) : parts[2].equals("M") ? 131 : 132;
                return TestNumbers.residentId(address, birth, sequence);
            }
            case "idbad" -> {
                String valid = TestNumbers.residentId(parts[1],
                        LocalDate.parse(parts[2], java.time.format.DateTimeFormatter.BASIC_ISO_DATE), Integer.parseInt(parts[3]));
                return valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
            }
            case "uscc" -> {
                return TestNumbers.uscc(parts[1]);
            }
            case "uscc-bad" -> {
                return TestNumbers.usccWithWrongCheck(parts[1]);
            }
            default -> {
                return raw;
            }
        }
    }

    private void applyContext(String key, String[] p) {
        switch (key) {
            case "orderInProgress" -> context.otherOrderInProgress(p[0]);
            case "subjectHere" -> bindings.add(() -> context.subjectHere(subject.certificateType, subject.certificateNumber,
                    new CheckContext.FiledSubject(p[0], p.length > 2 ? p[2] : subject.provinceCode,
                            p.length > 3 ? p[3] : subject.nature, subject.name, p[1].equals("same"))));
            case "subjectElsewhere" -> {
                selfSubjectIcp = p[0];
                bindings.add(() -> context.national().subject(selfRecord(p[0], p.length > 1 ? p[1] : subject.provinceCode,
                        p.length > 2 ? p[2] : subject.nature)));
            }
            case "domainHere" -> context.websiteHere(new CheckContext.FiledWebsite(p[1], "浙ICP备99999999号", "某某公司",
                    p[2].equals("same")), p[0]);
            case "websiteHere" -> context.websiteHere(new CheckContext.FiledWebsite(p[0], "浙ICP备99999999号", "某某公司",
                    p[1].equals("same")));
            case "domainElsewhere" -> bindings.add(() -> {
                NationalRegistry.SubjectRecord owner = p[2].equals("self")
                        ? selfRecord(selfSubjectIcp, subject.provinceCode, subject.nature)
                        : new NationalRegistry.SubjectRecord("沪ICP备30000001号", "310000", "ENTERPRISE", "BUSINESS_LICENCE",
                        TestNumbers.uscc("310104"), "上海某某公司", "陈某", "正常");
                int providers = p.length > 3 ? Integer.parseInt(p[3]) : 1;
                List<String> names = new ArrayList<>();
                for (int k = 1; k <= providers; k++) {
                    names.add("其他云" + k);
                }
                if (p[2].equals("self")) {
                    context.national().subject(owner);
                }
                context.national().website(new NationalRegistry.WebsiteRecord(p[1], "某某网站", List.of(p[0]), names, "正常", owner));
            });
            case "mobileHolder" -> bindings.add(() -> context.mobileHolder(p[0], p[1].equals("self")
                    ? new CheckContext.MobileHolder(subject.certificateType, subject.certificateNumber, subject.name)
                    : new CheckContext.MobileHolder("BUSINESS_LICENCE", TestNumbers.uscc("310104"), "上海某某公司")));
            case "unconfirmedMobile" -> context.unconfirmedMobile(p[0]);
            case "password" -> context.national().password(p[0], p[1]);
            case "websitesOf" -> {
                NationalRegistry.SubjectRecord owner = new NationalRegistry.SubjectRecord(p[0], "330000", "ENTERPRISE",
                        "BUSINESS_LICENCE", "X", "某某", "某某", "正常");
                for (int k = 0; k < Integer.parseInt(p[1]); k++) {
                    context.national().website(new NationalRegistry.WebsiteRecord(p[0] + "-" + (k + 1), "网站" + k,
                            List.of("owned" + k + ".com"), List.of("本平台"), "正常", owner));
                }
            }
            case "resource" -> context.resource(new CheckContext.CloudResourceInfo(p[0], CheckContext.ResourceKind.valueOf(p[1]),
                    Boolean.parseBoolean(p[2]), CheckContext.BillingMode.valueOf(p[3]), Integer.parseInt(p[4]),
                    today.plusDays(Integer.parseInt(p[5])), p[6].equals("-") ? null : p[6], Integer.parseInt(p[7])));
            case "registrar" -> registrar = !p[0].equals("off");
            case "registration" -> context.registration(Drafts.Website.registration(String.join(":", p)));
            case "code" -> context.code(new CheckContext.AuthorisationCodeInfo(p[0], today.plusDays(Integer.parseInt(p[1])),
                    Boolean.parseBoolean(p[2]), Boolean.parseBoolean(p[3]), Boolean.parseBoolean(p[4])));
            default -> throw new IllegalArgumentException("unknown context edit " + key);
        }
    }

    private NationalRegistry.SubjectRecord selfRecord(String icpNumber, String provinceCode, String nature) {
        return new NationalRegistry.SubjectRecord(icpNumber, provinceCode, nature, subject.certificateType,
                subject.certificateNumber, subject.name, subject.principal == null ? null : subject.principal.name, "正常");
    }

    FilingSnapshot snapshot() {
        SubjectData subjectData = subject == null ? null : subject.toData();
        return new FilingSnapshot(subjectData, websites.stream().map(Drafts.Website::toData).toList());
    }

    CheckRequest request() {
        bindings.forEach(Runnable::run);
        if (registrar && subject != null && subject.name != null) {
            String holder = subject.name.replace("（个体工商户）", "").replace("(个体工商户)", "");
            context.registrar(holder, today.plusYears(2).toString());
        }
        String province = subject == null || subject.provinceCode == null ? "330000" : subject.provinceCode;
        return new CheckRequest(snapshot(), type, new OrderExtras(filingPassword), today,
                ReferenceFiles.provinceRules(province, ruleOverrides, today), REFERENCE, context);
    }

    List<Finding> evaluate() {
        return new PreSubmissionChecks().evaluate(request());
    }

    static final ReferenceLists REFERENCE = ReferenceFiles.referenceLists();
}
