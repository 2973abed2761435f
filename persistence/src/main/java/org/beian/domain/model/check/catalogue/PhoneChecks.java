package org.beian.domain.model.check.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.beian.domain.model.check.Problem;
import org.beian.domain.model.check.Text;
import org.beian.domain.model.check.phone.MobileNumber;
import org.beian.domain.model.check.phone.OfficePhone;
import org.beian.domain.model.check.phone.PhoneProblem;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.filing.PersonData;
import org.beian.domain.model.filing.SubjectData;
import org.beian.domain.model.reference.ProvinceRules;

/**
 * Phone numbers of the responsible persons: formats, landlines, one mobile per subject, distinct numbers
 * for distinct people, and the provinces' extra mobile rules.
 */
final class PhoneChecks implements CheckFamily {

    @Override
    public void check(Evaluation e) {
        List<Principal> principals = Principal.inScope(e);
        for (Principal principal : principals) {
            checkMobile(e, principal);
            checkOfficePhone(e, principal);
            checkEmergencyPhone(e, principal, principals);
        }
        if (e.scope().websites() && e.subjectPrincipal() != null) {
            checkDistinctPeopleDistinctNumbers(e);
            checkDistinctMobiles(e);
        }
        if (e.request().type() == OrderType.ACCESS) {
            checkLocalMobileReminder(e);
        }
    }

    private static void checkMobile(Evaluation e, Principal principal) {
        String field = principal.field("mobile");
        String mobile = principal.data().mobile();
        if (!e.require(field, mobile)) {
            return;
        }
        List<Problem> problems = MobileNumber.check(mobile);
        e.addProblems(field, problems);
        SubjectData subject = e.subject();
        if (!problems.isEmpty() || subject == null) {
            return;
        }
        String number = MobileNumber.parse(mobile).orElseThrow().value();
        Optional<CheckContext.MobileHolder> holder = e.context().findSubjectUsingMobile(number);
        boolean filedForThisSubject = holder.filter(h -> Persons.sameCertificate(h.certificateType(), h.certificateNumber(),
                subject.certificateType(), subject.certificateNumber())).isPresent();
        if (holder.isPresent() && !filedForThisSubject) {
            // The other subject is not named: the applicant has no right to learn whose number it is.
            e.add(Rule.MOBILE_USED_BY_OTHER_SUBJECT, field, number);
        } else if (!filedForThisSubject && !e.context().isMobileConfirmed(number)) {
            // A number already filed for this subject was confirmed when it was filed.
            e.add(Rule.MOBILE_NOT_CONFIRMED, field, number);
        }
    }

    private static void checkOfficePhone(Evaluation e, Principal principal) {
        String field = principal.field("officePhone");
        String phone = principal.data().officePhone();
        Optional<ProvinceRules.Applied> individualRule = e.individual()
                ? e.provinceRule("office_phone.landline_required.individual") : Optional.empty();
        boolean landlineRequired = !e.individual() || individualRule.map(ProvinceRules.Applied::asBoolean).orElse(false);
        if (!Evaluation.present(phone)) {
            if (landlineRequired && e.scope().complete()) {
                e.addApplied(Rule.OFFICE_PHONE_LANDLINE_REQUIRED, field, individualRule.orElse(null));
            }
            return;
        }
        for (Problem problem : OfficePhone.check(phone)) {
            if (problem.code() != PhoneProblem.OFFICE_PHONE_IS_MOBILE) {
                e.addProblems(field, List.of(problem));
            } else if (landlineRequired) {
                // Only organisations (and individuals where a province says so) must give a real landline.
                e.addApplied(Rule.OFFICE_PHONE_IS_MOBILE, field, individualRule.orElse(null), problem.arguments().toArray());
            }
        }
    }

    /**
     * The emergency phone (应急联系电话) is a mobile; provinces want it to be a second number of the person,
     * and some a number none of the other principals uses either.
     */
    private static void checkEmergencyPhone(Evaluation e, Principal principal, List<Principal> principals) {
        String field = principal.field("emergencyPhone");
        String raw = principal.data().emergencyPhone();
        if (!Evaluation.present(raw)) {
            return;
        }
        List<Problem> problems = MobileNumber.check(raw);
        e.addProblems(field, problems);
        if (!problems.isEmpty()) {
            return;
        }
        String number = MobileNumber.parse(raw).orElseThrow().value();
        e.provinceRule("emergency_phone.distinct_from_own_mobile").filter(ProvinceRules.Applied::asBoolean)
                .filter(rule -> number.equals(normalised(principal.data().mobile())))
                .ifPresent(rule -> e.addApplied(Rule.EMERGENCY_PHONE_SAME_AS_MOBILE, field, rule, number));
        e.provinceRule("emergency_phone.distinct_from_other_principals").filter(ProvinceRules.Applied::asBoolean)
                .filter(rule -> principals.stream()
                        .filter(other -> other != principal && !Persons.samePerson(other.data(), principal.data()))
                        .anyMatch(other -> number.equals(normalised(other.data().mobile()))
                                || number.equals(normalised(other.data().emergencyPhone()))))
                .ifPresent(rule -> e.addApplied(Rule.EMERGENCY_PHONE_SHARED_WITH_OTHER_PRINCIPAL, field, rule, number));
    }

    /** Different people may not share a number; the same person may (beyond-the-seed §2.5). */
    private static void checkDistinctPeopleDistinctNumbers(Evaluation e) {
        List<PersonData> others = new ArrayList<>();
        others.add(e.subjectPrincipal());
        for (int i = 0; i < e.websites().size(); i++) {
            PersonData principal = e.websites().get(i).principal();
            if (principal == null || e.websitePrincipalIsSubjectPrincipal(i)) {
                continue;
            }
            for (String name : List.of("mobile", "officePhone")) {
                String number = normalised(name.equals("mobile") ? principal.mobile() : principal.officePhone());
                if (number.isEmpty()) {
                    continue;
                }
                boolean shared = others.stream()
                        .filter(other -> !Persons.samePerson(other, principal))
                        .anyMatch(other -> number.equals(normalised(other.mobile())) || number.equals(normalised(other.officePhone())));
                if (shared) {
                    e.add(Rule.PHONE_SHARED_BY_DIFFERENT_PRINCIPALS, "websites[" + i + "].principal." + name, number);
                }
            }
            others.add(principal);
        }
    }

    /** Beijing: the phone fields of the subject and a different website principal hold enough distinct mobiles. */
    private static void checkDistinctMobiles(Evaluation e) {
        Optional<ProvinceRules.Applied> rule = e.provinceRule("phones.min_distinct_mobiles").filter(r -> r.asInt() > 0);
        if (rule.isEmpty()) {
            return;
        }
        PersonData subjectPrincipal = e.subjectPrincipal();
        for (int i = 0; i < e.websites().size(); i++) {
            PersonData websitePrincipal = e.websites().get(i).principal();
            if (websitePrincipal == null || e.websitePrincipalIsSubjectPrincipal(i)) {
                continue;
            }
            Set<String> mobiles = new LinkedHashSet<>();
            for (String raw : List.of(Text.fold(subjectPrincipal.mobile()), Text.fold(subjectPrincipal.officePhone()),
                    Text.fold(websitePrincipal.mobile()), Text.fold(websitePrincipal.officePhone()))) {
                MobileNumber.parse(raw).ifPresent(mobile -> mobiles.add(mobile.value()));
            }
            if (mobiles.size() < rule.get().asInt()) {
                e.addApplied(Rule.PHONES_TOO_FEW_DISTINCT_MOBILES, "websites[" + i + "].principal.mobile", rule.get(),
                        mobiles.size(), rule.get().asInt());
            }
        }
    }

    /**
     * Beijing access filings need a Beijing mobile. Telling a number's home province needs carrier data
     * the desk does not have, so this reminds instead of checking.
     */
    private static void checkLocalMobileReminder(Evaluation e) {
        Optional<ProvinceRules.Applied> rule = e.provinceRule("access.local_mobile_required").filter(ProvinceRules.Applied::asBoolean);
        if (rule.isEmpty() || e.subject() == null) {
            return;
        }
        Set<String> fields = new LinkedHashSet<>();
        for (int i = 0; i < e.websites().size(); i++) {
            fields.add(e.websites().get(i).principalSameAsSubject() ? "subject.principal.mobile" : "websites[" + i + "].principal.mobile");
        }
        for (String field : fields) {
            e.addApplied(Rule.ACCESS_LOCAL_MOBILE_REQUIRED, field, rule.get(), e.provinceName(e.subject().provinceCode()));
        }
    }

    /** A number in one comparable form: 11 mobile digits, or 086-area-number, or the folded text. */
    private static String normalised(String raw) {
        return MobileNumber.parse(raw).map(MobileNumber::value)
                .or(() -> OfficePhone.parse(raw).map(OfficePhone::value))
                .orElse(Text.compactUpper(raw));
    }
}
