package org.beian.domain.model.check.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.beian.domain.model.check.Text;
import org.beian.domain.model.check.domain.DomainName;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.filing.SubjectData;
import org.beian.domain.model.filing.WebsiteData;
import org.beian.domain.model.national.NationalRegistry;
import org.beian.domain.model.reference.ProvinceRules;

/** The order as a whole: quantities, the determined type, the filing password, cancellation targets. */
final class OrderChecks implements CheckFamily {

    @Override
    public void check(Evaluation e) {
        e.context().findOtherOrderInProgress()
                .ifPresent(number -> e.add(Rule.ACCOUNT_ORDER_IN_PROGRESS, "order", number));
        CheckScope scope = e.scope();
        if (scope.websitesRequired() && e.websites().isEmpty()) {
            e.add(Rule.ORDER_WEBSITE_REQUIRED, "websites");
        }
        if (scope.addsWebsites()) {
            checkWebsiteCount(e);
        }
        if (scope.determined() && e.subject() != null) {
            checkType(e);
        }
        OrderType type = e.request().type();
        if (type == OrderType.ACCESS || type == OrderType.CANCEL_SUBJECT) {
            checkFilingPassword(e);
        }
        switch (type) {
            case CANCEL_SUBJECT -> checkSubjectCancellation(e);
            case CANCEL_WEBSITE, CANCEL_ACCESS -> checkWebsiteCancellation(e);
            default -> { }
        }
    }

    private static void checkWebsiteCount(Evaluation e) {
        String key = e.individual() ? "order.max_websites.individual" : "order.max_websites.organisation";
        Optional<ProvinceRules.Applied> limit = e.provinceRule(key);
        int count = e.websites().size();
        if (limit.isPresent() && limit.get().asInt() > 0 && count > limit.get().asInt()) {
            e.addApplied(Rule.ORDER_TOO_MANY_WEBSITES, "websites", limit.get(), count, limit.get().asInt());
        }
    }

    private static void checkType(Evaluation e) {
        SubjectData subject = e.subject();
        SubjectStanding standing = SubjectStanding.of(subject.certificateType(), subject.certificateNumber(), e.context());
        if (standing.kind() == SubjectStanding.Kind.HERE_OTHER_ACCOUNT) {
            e.add(Rule.SUBJECT_FILED_UNDER_OTHER_ACCOUNT, "subject.certificateNumber", standing.icpNumber());
            return;
        }
        boolean differs = false;
        if (standing.filedNature() != null && Evaluation.present(subject.nature())
                && !Text.fold(subject.nature()).equals(standing.filedNature())) {
            e.add(Rule.SUBJECT_DIFFERS_FROM_FILED_RECORD, "subject.nature", standing.icpNumber(),
                    e.natureName(standing.filedNature()));
            differs = true;
        }
        if (standing.filedProvinceCode() != null && Evaluation.present(subject.provinceCode())
                && !Text.fold(subject.provinceCode()).equals(standing.filedProvinceCode())) {
            e.add(Rule.SUBJECT_DIFFERS_FROM_FILED_RECORD, "subject.provinceCode", standing.icpNumber(),
                    e.provinceName(standing.filedProvinceCode()));
            differs = true;
        }
        if (differs) {
            return;
        }
        Determination determination = FilingTypeDetermination.decide(subject.provinceCode(), subject.nature(),
                subject.certificateType(), subject.certificateNumber(), validDomains(e), e.context());
        // A refusal names a domain; the domain rules report it on that domain's field.
        determination.type()
                .filter(expected -> expected != e.request().type())
                .ifPresent(expected -> e.add(Rule.ORDER_TYPE_MISMATCH, "type",
                        Finding.Argument.code(expected.name()), Finding.Argument.code(e.request().type().name())));
    }

    private static List<String> validDomains(Evaluation e) {
        List<String> domains = new ArrayList<>();
        for (WebsiteData website : e.websites()) {
            for (String raw : website.domains()) {
                DomainName.parse(raw).filter(DomainName::isRegistrable).map(DomainName::unicode)
                        .filter(domain -> !domains.contains(domain))
                        .ifPresent(domains::add);
            }
        }
        return domains;
    }

    private static void checkFilingPassword(Evaluation e) {
        String icpNumber = e.subject() == null ? null : e.subject().icpNumber();
        if (!Evaluation.present(icpNumber)) {
            e.add(Rule.FIELD_REQUIRED, "subject.icpNumber");
        }
        String password = e.request().extras().filingPassword();
        if (!Evaluation.present(password)) {
            e.add(Rule.FIELD_REQUIRED, "extras.filingPassword");
        } else if (Evaluation.present(icpNumber)
                && !e.context().nationalRegistry().verifyFilingPassword(Text.fold(icpNumber), password)) {
            e.add(Rule.FILING_PASSWORD_WRONG, "extras.filingPassword", Text.fold(icpNumber));
        }
    }

    private static void checkSubjectCancellation(Evaluation e) {
        SubjectData subject = e.subject();
        if (subject == null) {
            e.add(Rule.FIELD_REQUIRED, "subject");
            return;
        }
        String icpNumber = Text.fold(subject.icpNumber());
        if (icpNumber.isEmpty()) {
            return; // reported with the filing password
        }
        boolean filedHere = e.context().findSubjectFiledHere(subject.certificateType(), subject.certificateNumber())
                .filter(CheckContext.FiledSubject::sameAccount)
                .filter(filed -> filed.icpNumber().equals(icpNumber))
                .isPresent();
        if (!filedHere) {
            e.add(Rule.CANCEL_TARGET_NOT_FILED_HERE, "subject.icpNumber", icpNumber);
            return;
        }
        int websites = e.context().nationalRegistry().listWebsitesOf(icpNumber).size();
        if (websites > 0) {
            e.add(Rule.CANCEL_SUBJECT_REMOVES_WEBSITES, "subject.icpNumber", icpNumber, websites);
        }
    }

    private static void checkWebsiteCancellation(Evaluation e) {
        for (int i = 0; i < e.websites().size(); i++) {
            WebsiteData website = e.websites().get(i);
            String field = "websites[" + i + "].icpNumber";
            String icpNumber = Text.fold(website.icpNumber());
            if (icpNumber.isEmpty()) {
                e.add(Rule.FIELD_REQUIRED, field);
                continue;
            }
            boolean filedHere = e.context().findWebsiteFiledHere(icpNumber)
                    .filter(CheckContext.FiledWebsite::sameAccount).isPresent();
            if (!filedHere) {
                e.add(Rule.CANCEL_TARGET_NOT_FILED_HERE, field, icpNumber);
                continue;
            }
            if (e.request().type() == OrderType.CANCEL_WEBSITE) {
                e.add(Rule.CANCEL_WEBSITE_DOMAINS_UNREACHABLE, field, icpNumber, String.join(", ", website.domains()));
            } else if (lastProvider(e, website)) {
                e.add(Rule.CANCEL_ACCESS_LAST_PROVIDER, field, icpNumber);
            }
        }
    }

    /** This provider is the only access provider left (or the national record cannot tell otherwise). */
    private static boolean lastProvider(Evaluation e, WebsiteData website) {
        for (String domain : website.domains()) {
            Optional<NationalRegistry.WebsiteRecord> record = DomainName.parse(domain)
                    .flatMap(parsed -> e.context().nationalRegistry().findByDomain(parsed.unicode()));
            if (record.isPresent()) {
                return record.get().accessProviders().size() <= 1;
            }
        }
        return true;
    }
}
