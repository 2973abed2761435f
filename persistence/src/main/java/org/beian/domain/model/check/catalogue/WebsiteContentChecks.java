package org.beian.domain.model.check.catalogue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
        if ((other || e.individual()) && description(remark).length() < MIN_DESCRIPTION_LENGTH) {
            e.add(Rule.WEBSITE_REMARK_CONTENT_MISSING, field, MIN_DESCRIPTION_LENGTH);
        }
        if (prefixes(website).size() > 1 && !remark.contains(SAME_SITE)) {
            e.add(Rule.WEBSITE_REMARK_SAME_SITE_MISSING, field, String.join(", ", prefixes(website)));
        }
        if (hospital(e) && !HOSPITAL_LICENCE.matcher(remark).find()) {
            e.add(Rule.HOSPITAL_REMARK_LICENCE_MISSING, field);
        }
    }

    /** The remark without the fixed sentences other rules ask for, and without blanks. */
    private static String description(String remark) {
        return HOSPITAL_LICENCE.matcher(remark.replace(SAME_SITE, "")).replaceAll("").replaceAll("\\s+", "");
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
