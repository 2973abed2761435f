package org.beian.domain.model.check.catalogue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.beian.domain.model.check.Problem;
import org.beian.domain.model.check.Text;
import org.beian.domain.model.check.name.NameProblem;
import org.beian.domain.model.check.name.WebsiteNameWords;
import org.beian.domain.model.check.name.WebsiteNames;
import org.beian.domain.model.filing.WebsiteData;
import org.beian.domain.model.reference.ProvinceRules;

/**
 * Website names: the primitive's rules, state-body prefixes, province bans, the providers' sensitive and
 * generic words (website_name_words.csv) and personal-site limits.
 */
final class WebsiteNameChecks implements CheckFamily {

    /**
     * Words that make a personal site's name look like a company's or an organisation's, which the
     * individual's commitment on the verification form excludes (承诺本网站是个人网站，未含企业、单位等非个人网站的信息).
     */
    static final List<String> ORGANISATION_WORDS = List.of(
            "公司", "有限", "集团", "企业", "工作室", "协会", "学会", "商会", "基金会", "政府", "官网", "官方",
            "研究院", "研究所", "医院", "学校", "大学", "学院", "银行", "事务所");

    @Override
    public void check(Evaluation e) {
        if (!e.scope().websites()) {
            return;
        }
        Optional<ProvinceRules.Applied> banned = e.provinceRule("website_name.banned_words");
        WebsiteNames names = WebsiteNames.defaults()
                .withBannedWords(banned.map(ProvinceRules.Applied::asList).orElse(List.of()));
        for (int i = 0; i < e.websites().size(); i++) {
            WebsiteData website = e.websites().get(i);
            String field = "websites[" + i + "].name";
            if (!e.require(field, website.name())) {
                continue;
            }
            boolean preApproval = website.preApprovalTypes().stream()
                    .anyMatch(type -> PreApprovalType.find(type).filter(t -> t != PreApprovalType.NONE).isPresent());
            boolean financeApproval = e.hasDocument(DocumentPurposes.financeApproval(i));
            Set<String> provinceBanned = new HashSet<>();
            for (Problem problem : names.check(website.name(), website.domains())) {
                if (problem.code() == NameProblem.WEBSITE_NAME_NEEDS_PRE_APPROVAL && preApproval
                        || problem.code() == NameProblem.NAME_FINANCE_KEYWORD && financeApproval) {
                    continue;
                }
                if (problem.code() == NameProblem.WEBSITE_NAME_BANNED_WORD) {
                    provinceBanned.addAll(problem.arguments());
                    e.addApplied(Rule.WEBSITE_NAME_BANNED_WORD, field, banned.orElse(null), problem.arguments().toArray());
                } else {
                    e.addProblems(field, List.of(problem));
                }
            }
            if (e.subject() != null && Evaluation.present(e.subject().nature())
                    && !SubjectNatures.isStateBody(e.subject().nature())) {
                e.addProblems(field, names.checkReservedPrefix(website.name()));
            }
            WebsiteNameWords words = WebsiteNameWords.shipped();
            words.sensitiveIn(website.name(), e.individual())
                    .forEach(word -> e.add(Rule.WEBSITE_NAME_SENSITIVE_WORD, field, word));
            if (e.individual()) {
                // A word the province bans outright is already an error; the warning would repeat it.
                words.genericIn(website.name()).stream().filter(word -> !provinceBanned.contains(word))
                        .forEach(word -> e.add(Rule.WEBSITE_NAME_PERSONAL_GENERIC_WORD, field, word));
                String name = Text.fold(website.name());
                ORGANISATION_WORDS.stream().filter(name::contains).findFirst()
                        .ifPresent(word -> e.add(Rule.WEBSITE_NAME_PERSONAL_LOOKS_ORGANISATIONAL, field, word));
                e.request().reference().placeNames().findIn(name)
                        .ifPresent(place -> e.add(Rule.WEBSITE_NAME_PERSONAL_PLACE_NAME, field, place));
            }
        }
    }
}
