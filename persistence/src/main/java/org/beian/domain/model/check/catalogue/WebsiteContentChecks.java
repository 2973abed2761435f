package org.beian.domain.model.check.catalogue;

import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beian.domain.model.check.Text;
import org.beian.domain.model.check.domain.DomainName;
import org.beian.domain.model.filing.WebsiteData;
import org.beian.domain.model.reference.ProvinceRules;

/** What a website says it publishes: service content, pre-approval types, languages and the remark. */
final class WebsiteContentChecks implements CheckFamily {

    /** Shortest remark that can describe a site's content (the source asks for the specific content). */
    static final int MIN_DESCRIPTION_LENGTH = 10;
    static final String SAME_SITE = "域名指向同一网站";
    /**
     * The source's sentence, tolerant of spacing and quotes: 本单位医疗执业许可证为“2018年3月”颁发, 有效期至
     * “2023年3月”, 颁发部门为“某某卫生健康委员会”, 许可证号码为“PDY12345”.
     */
    private static final Pattern HOSPITAL_LICENCE = Pattern.compile(
            "医疗(?:机构)?执业许可证为\\D*\\d{4}年\\d{1,2}月\\D*颁发.*?有效期至\\D*\\d{4}年\\d{1,2}月.*?颁发部门为.+?许可证号码为.*?[0-9A-Za-z]");
    private static final String HOSPITAL = "医院";
    private static final Pattern LICENCE_VALID_UNTIL = Pattern.compile("有效期至\\D*(\\d{4})年(\\d{1,2})月");

    @Override
    public void check(Evaluation e) {
        if (!e.scope().websites()) {
            return;
        }
        for (int i = 0; i < e.websites().size(); i++) {
            WebsiteData website = e.websites().get(i);
            Optional<ServiceContent> content = checkServiceContent(e, i, website);
            checkPreApproval(e, i, website);
            if (website.languages().isEmpty()) {
                e.require("websites[" + i + "].languages", null);
            }
            checkRemark(e, i, website, content);
        }
    }

    private static Optional<ServiceContent> checkServiceContent(Evaluation e, int i, WebsiteData website) {
        String field = "websites[" + i + "].serviceContent";
        if (!e.require(field, website.serviceContent())) {
            return Optional.empty();
        }
        Optional<ServiceContent> content = ServiceContent.find(Text.fold(website.serviceContent()));
        if (content.isEmpty()) {
            e.add(Rule.SERVICE_CONTENT_UNKNOWN, field, Text.fold(website.serviceContent()));
            return content;
        }
        if (e.subject() == null || !Evaluation.present(e.subject().nature())) {
            return content;
        }
        if (e.individual()) {
            if (content.get() != ServiceContent.OTHER) {
                e.add(Rule.SERVICE_CONTENT_INDIVIDUAL_MUST_BE_OTHER, field, Finding.Argument.code(content.get().name()));
            }
            return content;
        }
        Optional<ProvinceRules.Applied> otherAllowed = e.provinceRule("service_content.other_allowed.organisation");
        Optional<ProvinceRules.Applied> required = e.provinceRule("service_content.required.organisation")
                .filter(rule -> !rule.value().isBlank());
        if (required.isPresent() && !required.get().value().equals(content.get().name())) {
            e.addApplied(Rule.SERVICE_CONTENT_REQUIRED_BY_PROVINCE, field, required.get(),
                    Finding.Argument.code(required.get().value()), Finding.Argument.code(content.get().name()));
        } else if (content.get() == ServiceContent.OTHER && otherAllowed.isPresent() && !otherAllowed.get().asBoolean()) {
            e.addApplied(Rule.SERVICE_CONTENT_OTHER_NOT_ALLOWED, field, otherAllowed.get());
        }
        return content;
    }

    private static void checkPreApproval(Evaluation e, int i, WebsiteData website) {
        List<String> types = website.preApprovalTypes();
        if (types.isEmpty()) {
            e.require("websites[" + i + "].preApprovalTypes", null);
            return;
        }
        Set<PreApprovalType> known = new LinkedHashSet<>();
        for (int j = 0; j < types.size(); j++) {
            String code = Text.fold(types.get(j));
            Optional<PreApprovalType> type = PreApprovalType.find(code);
            if (type.isEmpty()) {
                e.add(Rule.PRE_APPROVAL_TYPE_UNKNOWN, "websites[" + i + "].preApprovalTypes[" + j + "]", code);
            } else {
                known.add(type.get());
            }
        }
        if (known.contains(PreApprovalType.NONE) && types.size() > 1) {
            e.add(Rule.PRE_APPROVAL_NONE_COMBINED, "websites[" + i + "].preApprovalTypes");
            return;
        }
        for (PreApprovalType type : known) {
            String purpose = DocumentPurposes.preApproval(i, type);
            if (type != PreApprovalType.NONE && !e.hasDocument(purpose)) {
                e.add(Rule.PRE_APPROVAL_DOCUMENT_MISSING, "documents." + purpose, Finding.Argument.code(type.name()));
            }
        }
    }

    private static void checkRemark(Evaluation e, int i, WebsiteData website, Optional<ServiceContent> content) {
        String remark = Text.fold(website.remark());
        if (remark.isEmpty() && !e.scope().complete()) {
            return; // a change order that leaves the remark as filed
        }
        String field = "websites[" + i + "].remark";
        boolean other = content.filter(c -> c == ServiceContent.OTHER).isPresent();
        if ((other || e.individual()) && description(remark, requiredText(e)).length() < MIN_DESCRIPTION_LENGTH) {
            e.add(Rule.WEBSITE_REMARK_CONTENT_MISSING, field, MIN_DESCRIPTION_LENGTH);
        }
        // Since 2019 a website has one domain; the remark only matters where several are still allowed.
        Optional<ProvinceRules.Applied> maxDomains = e.provinceRule("website.max_domains");
        if (maxDomains.map(rule -> rule.asInt() != 1).orElse(true) && prefixes(website).size() > 1 && !remark.contains(SAME_SITE)) {
            e.addApplied(Rule.WEBSITE_REMARK_SAME_SITE_MISSING, field, maxDomains.orElse(null), String.join(", ", prefixes(website)));
        }
        Optional<ProvinceRules.Applied> requiredText = requiredText(e);
        if (requiredText.isPresent() && !compact(remark).contains(compact(requiredText.get().value()))) {
            e.addApplied(Rule.WEBSITE_REMARK_REQUIRED_TEXT_MISSING, field, requiredText.get(), Text.fold(requiredText.get().value()));
        }
        if (hospital(e)) {
            checkHospitalLicence(e, field, remark);
        }
    }

    private static void checkHospitalLicence(Evaluation e, String field, String remark) {
        Matcher licence = HOSPITAL_LICENCE.matcher(remark);
        if (!licence.find()) {
            e.add(Rule.HOSPITAL_REMARK_LICENCE_MISSING, field);
            return;
        }
        Matcher until = LICENCE_VALID_UNTIL.matcher(licence.group());
        if (until.find()) {
            YearMonth validUntil = YearMonth.of(Integer.parseInt(until.group(1)), Integer.parseInt(until.group(2)));
            // Valid through the month the remark names.
            if (validUntil.isBefore(YearMonth.from(e.request().today()))) {
                e.add(Rule.HOSPITAL_LICENCE_EXPIRED, field, until.group(1) + "年" + until.group(2) + "月");
            }
        }
    }

    /** The fixed sentence the bureau wants in an individual's remark, if its province has one. */
    private static Optional<ProvinceRules.Applied> requiredText(Evaluation e) {
        return e.individual()
                ? e.provinceRule("website_remark.required_text.individual").filter(rule -> !rule.value().isBlank())
                : Optional.empty();
    }

    private static String compact(String text) {
        return Text.fold(text).replaceAll("\\s+", "");
    }

    /** The remark without the fixed sentences other rules ask for, and without blanks. */
    private static String description(String remark) {
        return HOSPITAL_LICENCE.matcher(remark.replace(SAME_SITE, "")).replaceAll("").replaceAll("\\s+", "");
    }

    /** The remark without the province's fixed sentence, which describes no content. */
    private static String description(String remark, Optional<ProvinceRules.Applied> requiredText) {
        String rest = requiredText.map(rule -> compact(remark).replace(compact(rule.value()), "")).orElse(remark);
        return description(rest);
    }

    /** The different names (the registrable domain without its suffix) among the website's domains. */
    private static Set<String> prefixes(WebsiteData website) {
        Set<String> prefixes = new LinkedHashSet<>();
        for (String raw : website.domains()) {
            DomainName.parse(raw).flatMap(DomainName::registrableDomain).ifPresent(domain -> {
                String suffix = domain.registrySuffix().orElse("");
                String name = domain.unicode();
                prefixes.add(name.length() > suffix.length() + 1 ? name.substring(0, name.length() - suffix.length() - 1) : name);
            });
        }
        return prefixes;
    }

    private static boolean hospital(Evaluation e) {
        return e.subject() != null && !e.individual()
                && (SubjectNatures.MEDICAL.equals(e.subject().nature()) || Text.fold(e.subject().name()).contains(HOSPITAL));
    }
}
