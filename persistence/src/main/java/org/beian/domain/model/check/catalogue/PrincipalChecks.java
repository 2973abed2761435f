package org.beian.domain.model.check.catalogue;

import java.util.Optional;
import java.util.regex.Pattern;
import org.beian.domain.model.check.Text;
import org.beian.domain.model.check.identity.CertificateNumbers;
import org.beian.domain.model.check.identity.ResidentIdNumber;
import org.beian.domain.model.check.identity.Sex;
import org.beian.domain.model.filing.PersonData;
import org.beian.domain.model.filing.WebsiteData;
import org.beian.domain.model.reference.ProvinceRules;

/** Responsible persons: identity fields, e-mail, and the age rules by province and role. */
final class PrincipalChecks implements CheckFamily {

    /** Deliberately loose: the desk mails a confirmation; this only catches what cannot be an address. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    @Override
    public void check(Evaluation e) {
        Principal.requirePresent(e);
        for (Principal principal : Principal.inScope(e)) {
            checkFields(e, principal);
        }
        if (e.scope().subject() && e.subjectPrincipal() != null) {
            age(e.subjectPrincipal(), e).ifPresent(id -> checkSubjectPrincipalAge(e, id));
        }
        if (e.scope().websites()) {
            for (int i = 0; i < e.websites().size(); i++) {
                checkWebsitePrincipalAge(e, i);
                checkWebsitePrincipalDistinct(e, i);
            }
        }
    }

    /** Tianjin: an organisation's website principal is another person than its subject principal. */
    private static void checkWebsitePrincipalDistinct(Evaluation e, int i) {
        if (e.subject() == null || e.individual() || !Evaluation.present(e.subject().nature()) || e.subjectPrincipal() == null
                || !e.websitePrincipalIsSubjectPrincipal(i)) {
            return;
        }
        WebsiteData website = e.websites().get(i);
        String field = website.principalSameAsSubject()
                ? "websites[" + i + "].principalSameAsSubject"
                : "websites[" + i + "].principal.certificateNumber";
        e.provinceRule("website_principal.distinct_from_subject_principal.organisation")
                .filter(ProvinceRules.Applied::asBoolean)
                .ifPresent(rule -> e.addApplied(Rule.WEBSITE_PRINCIPAL_SAME_AS_SUBJECT_PRINCIPAL, field, rule));
    }

    private static void checkFields(Evaluation e, Principal principal) {
        PersonData person = principal.data();
        e.require(principal.field("name"), person.name());
        boolean type = e.require(principal.field("certificateType"), person.certificateType());
        if (type && !e.request().reference().isPersonalCertificateType(person.certificateType())) {
            e.add(Rule.PRINCIPAL_CERTIFICATE_TYPE_NOT_PERSONAL, principal.field("certificateType"),
                    e.certificateTypeName(person.certificateType()));
            type = false; // checking a person's number as, say, a credit code would only add noise
        }
        if (e.require(principal.field("certificateNumber"), person.certificateNumber()) && type
                && !reportedWithSubject(e, principal)) {
            e.addProblems(principal.field("certificateNumber"), CertificateNumbers.check(
                    CertificateTypes.kindOf(person.certificateType()), person.certificateNumber(), e.request().today()));
        }
        if (e.require(principal.field("email"), person.email()) && !EMAIL.matcher(Text.fold(person.email())).matches()) {
            e.add(Rule.EMAIL_FORMAT, principal.field("email"), Text.fold(person.email()));
        }
    }

    /** An individual's principal holds the subject's own certificate: its problems are reported once, there. */
    private static boolean reportedWithSubject(Evaluation e, Principal principal) {
        return principal.ofSubject() && e.individual() && Persons.sameCertificate(principal.data().certificateType(),
                principal.data().certificateNumber(), e.subject().certificateType(), e.subject().certificateNumber());
    }

    /** The number to take the age from: only one that passes every check, its dates included. */
    private static Optional<ResidentIdNumber> age(PersonData person, Evaluation e) {
        if (person == null || !CertificateTypes.carriesBirthDate(person.certificateType())
                || !ResidentIdNumber.check(person.certificateNumber(), e.request().today()).isEmpty()) {
            return Optional.empty();
        }
        return ResidentIdNumber.parse(person.certificateNumber());
    }

    private static void checkSubjectPrincipalAge(Evaluation e, ResidentIdNumber id) {
        int age = id.ageOn(e.request().today());
        String field = "subject.principal.certificateNumber";
        if (!e.individual()) {
            below(e, "subject_principal.min_age.organisation", age)
                    .ifPresent(min -> e.addApplied(Rule.SUBJECT_PRINCIPAL_TOO_YOUNG, field, min, age, min.asInt()));
            return;
        }
        Optional<ProvinceRules.Applied> min = below(e, "subject_principal.min_age.individual", age);
        if (min.isPresent()) {
            e.addApplied(Rule.SUBJECT_PRINCIPAL_TOO_YOUNG, field, min.get(), age, min.get().asInt());
            return;
        }
        below(e, "subject_principal.min_age_without_employment_proof.individual", age)
                .filter(rule -> !e.hasDocument(DocumentPurposes.SUBJECT_PRINCIPAL_EMPLOYMENT_PROOF))
                .ifPresent(rule -> e.addApplied(Rule.SUBJECT_PRINCIPAL_EMPLOYMENT_PROOF_REQUIRED,
                        "documents." + DocumentPurposes.SUBJECT_PRINCIPAL_EMPLOYMENT_PROOF, rule, age, rule.asInt()));
        below(e, "subject_principal.guardian_below_age.individual", age)
                .filter(rule -> !e.hasDocument(DocumentPurposes.SUBJECT_PRINCIPAL_GUARDIAN_CONSENT))
                .ifPresent(rule -> e.addApplied(Rule.SUBJECT_PRINCIPAL_GUARDIAN_REQUIRED,
                        "documents." + DocumentPurposes.SUBJECT_PRINCIPAL_GUARDIAN_CONSENT, rule, age, rule.asInt()));
    }

    private static void checkWebsitePrincipalAge(Evaluation e, int i) {
        WebsiteData website = e.websites().get(i);
        Optional<ResidentIdNumber> id = age(e.websitePrincipal(i), e);
        if (id.isEmpty()) {
            return;
        }
        int age = id.get().ageOn(e.request().today());
        String field = website.principalSameAsSubject()
                ? "websites[" + i + "].principalSameAsSubject"
                : "websites[" + i + "].principal.certificateNumber";
        Optional<ProvinceRules.Applied> min = below(e, "website_principal.min_age", age);
        if (min.isPresent()) {
            e.addApplied(Rule.WEBSITE_PRINCIPAL_TOO_YOUNG, field, min.get(), age, min.get().asInt());
        }
        // Retirement age: the value is the last age still accepted.
        String maxKey = id.get().sex() == Sex.MALE ? "website_principal.max_age.male" : "website_principal.max_age.female";
        e.provinceRule(maxKey)
                .filter(max -> max.asInt() > 0 && age > max.asInt())
                .ifPresent(max -> e.addApplied(Rule.WEBSITE_PRINCIPAL_TOO_OLD, field, max, age, max.asInt()));
    }

    /** The province rule when the age is below its (positive) value. */
    private static Optional<ProvinceRules.Applied> below(Evaluation e, String key, int age) {
        return e.provinceRule(key).filter(rule -> rule.asInt() > 0 && age < rule.asInt());
    }
}
