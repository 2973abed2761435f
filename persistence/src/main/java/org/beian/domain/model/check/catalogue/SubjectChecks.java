package org.beian.domain.model.check.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beian.domain.model.check.Problem;
import org.beian.domain.model.check.Text;
import org.beian.domain.model.check.address.AddressProblem;
import org.beian.domain.model.check.address.MailingAddresses;
import org.beian.domain.model.check.identity.CertificateNumbers;
import org.beian.domain.model.check.identity.OrganisationCode;
import org.beian.domain.model.check.identity.ProvinceCodes;
import org.beian.domain.model.check.identity.ResidentIdNumber;
import org.beian.domain.model.check.identity.UnifiedSocialCreditCode;
import org.beian.domain.model.check.name.FinanceKeywords;
import org.beian.domain.model.check.name.OrganisationNames;
import org.beian.domain.model.filing.PersonData;
import org.beian.domain.model.filing.SubjectData;
import org.beian.domain.model.reference.ProvinceRules;

/** The subject's own fields: certificate, jurisdiction, name, legal representative, addresses. */
final class SubjectChecks implements CheckFamily {

    /** The remark that excuses a mailing address without a door number (the source spells it both ways). */
    private static final Pattern MOST_DETAILED_ADDRESS = Pattern.compile("主办单位通信地址为最详细的?地址");
    private static final String SOLE_PROPRIETOR = "个体工商户";
    private static final String NO_TRADE_NAME = "个体工商户无工商字号";
    private static final String NO_SEAL = "个体工商户无公章";
    /** 张某某（个体工商户）; NFKC has already turned the full-width brackets into ASCII ones. */
    private static final Pattern SOLE_PROPRIETOR_NAME = Pattern.compile("(.+?)\\(个体工商户\\)");
    /** A registration number in the remark: 15-digit 注册号 or an 18-character credit code. */
    private static final Pattern REGISTRATION_NUMBER =
            Pattern.compile("(?<![0-9A-Z])(\\d{15}|[0-9A-HJ-NP-RTUW-Y]{18})(?![0-9A-Z])");
    /** Credit codes of bodies registered at national level name no province. */
    private static final String NATIONAL_DIVISION = "100000";
    static final String ORGANISATION_CODE = "ORGANISATION_CODE";
    /** GB 32100 registration authority 9 (market regulation) with entity type 2: a sole proprietor (个体工商户). */
    private static final char MARKET_REGULATION = '9';
    private static final char SOLE_PROPRIETOR_TYPE = '2';

    @Override
    public void check(Evaluation e) {
        if (!e.scope().subject()) {
            return;
        }
        SubjectData subject = e.subject();
        if (subject == null) {
            if (e.scope().complete()) {
                e.add(Rule.FIELD_REQUIRED, "subject");
            }
            return;
        }
        checkCertificate(e, subject);
        e.require("subject.cityCode", subject.cityCode());
        e.require("subject.name", subject.name());
        e.require("subject.certificateAddress", subject.certificateAddress());
        if (!e.individual()) {
            e.require("subject.investor", subject.investor());
        }
        checkJurisdiction(e, subject);
        checkIndividualIsPrincipal(e, subject);
        checkSoleProprietor(e, subject);
        checkFinanceKeywords(e, subject);
        checkLegalRepresentative(e, subject);
        checkAddresses(e, subject);
    }

    private static void checkCertificate(Evaluation e, SubjectData subject) {
        e.require("subject.provinceCode", subject.provinceCode()); // its value is checked with the jurisdiction
        boolean nature = e.require("subject.nature", subject.nature());
        boolean type = e.require("subject.certificateType", subject.certificateType());
        if (nature && type && !e.request().reference().allows(subject.nature(), subject.certificateType())) {
            e.add(Rule.SUBJECT_CERTIFICATE_TYPE_NOT_ALLOWED, "subject.certificateType",
                    e.certificateTypeName(subject.certificateType()), e.natureName(subject.nature()));
        }
        if (e.require("subject.certificateNumber", subject.certificateNumber()) && type) {
            e.addProblems("subject.certificateNumber", CertificateNumbers.check(
                    CertificateTypes.kindOf(subject.certificateType()), subject.certificateNumber(), e.request().today()));
            checkOrganisationCode(e, subject);
        }
        if (nature && type && SubjectNatures.ENTERPRISE.equals(subject.nature())) {
            // The pair may be allowed by the ministry's dictionary, yet the certificate no longer exists.
            e.provinceRule("subject.withdrawn_certificate_types.enterprise")
                    .filter(rule -> rule.asList().contains(subject.certificateType()))
                    .ifPresent(rule -> e.addApplied(Rule.SUBJECT_CERTIFICATE_TYPE_WITHDRAWN, "subject.certificateType", rule,
                            e.certificateTypeName(subject.certificateType())));
        }
    }

    /** A stand-alone organisation code (组织机构代码证) carries the GB 11714 check character as the credit code's digits 9–17 do. */
    private static void checkOrganisationCode(Evaluation e, SubjectData subject) {
        if (!ORGANISATION_CODE.equals(subject.certificateType())) {
            return;
        }
        String compact = Text.compactUpper(subject.certificateNumber()).replace("-", "");
        if (!OrganisationCode.isValid(compact)) {
            e.add(Rule.ORGANISATION_CODE_INVALID, "subject.certificateNumber", Text.compactUpper(subject.certificateNumber()));
        }
    }

    private static void checkJurisdiction(Evaluation e, SubjectData subject) {
        String province = Text.fold(subject.provinceCode());
        if (province.isEmpty()) {
            return;
        }
        if (e.individual()) {
            if (!CertificateTypes.RESIDENT_ID.equals(subject.certificateType())) {
                return; // passports and permits name no province
            }
            ResidentIdNumber.parse(subject.certificateNumber())
                    .filter(id -> !id.isResidencePermit())
                    .map(id -> id.provinceCode() + "0000")
                    .filter(idProvince -> !idProvince.equals(province))
                    .ifPresent(idProvince -> outsideIdProvince(e, idProvince, province));
            return;
        }
        // Every organisation certificate issued since 2015 carries the credit code, whatever its type.
        UnifiedSocialCreditCode.parse(subject.certificateNumber())
                .map(UnifiedSocialCreditCode::divisionCode)
                .filter(division -> division.chars().allMatch(Character::isDigit) && !division.equals(NATIONAL_DIVISION))
                .filter(division -> ProvinceCodes.isProvince(division.substring(0, 2)))
                .map(division -> division.substring(0, 2) + "0000")
                .filter(licenceProvince -> !licenceProvince.equals(province))
                .ifPresent(licenceProvince -> e.add(Rule.SUBJECT_OUTSIDE_LICENCE_PROVINCE, "subject.provinceCode",
                        e.provinceName(licenceProvince), e.provinceName(province)));
    }

    private static void outsideIdProvince(Evaluation e, String idProvince, String province) {
        Optional<ProvinceRules.Applied> accepted = e.provinceRule("residence_permit.accepted");
        if (accepted.isPresent() && accepted.get().asBoolean()) {
            if (!e.hasDocument(DocumentPurposes.SUBJECT_RESIDENCE_PERMIT)) {
                e.addApplied(Rule.SUBJECT_RESIDENCE_PERMIT_REQUIRED, "documents." + DocumentPurposes.SUBJECT_RESIDENCE_PERMIT,
                        accepted.get(), e.provinceName(idProvince), e.provinceName(province));
            }
            return;
        }
        e.addApplied(Rule.SUBJECT_OUTSIDE_ID_PROVINCE, "subject.provinceCode", accepted.orElse(null),
                e.provinceName(idProvince), e.provinceName(province));
    }

    private static void checkIndividualIsPrincipal(Evaluation e, SubjectData subject) {
        PersonData principal = subject.principal();
        if (!e.individual() || principal == null) {
            return;
        }
        String personName = personName(subject.name());
        if (Evaluation.present(principal.name()) && !personName.isEmpty() && !Text.fold(principal.name()).equals(personName)) {
            e.add(Rule.INDIVIDUAL_PRINCIPAL_NOT_SUBJECT, "subject.principal.name", personName);
        }
        if (Evaluation.present(principal.certificateNumber()) && Evaluation.present(subject.certificateNumber())
                && !Persons.sameCertificate(principal.certificateType(), principal.certificateNumber(),
                subject.certificateType(), subject.certificateNumber())) {
            e.add(Rule.INDIVIDUAL_PRINCIPAL_NOT_SUBJECT, "subject.principal.certificateNumber", personName);
        }
    }

    /** The person's name in an individual's subject name (张某某 in 张某某（个体工商户）). */
    static String personName(String subjectName) {
        String name = Text.fold(subjectName);
        Matcher matcher = SOLE_PROPRIETOR_NAME.matcher(name);
        return matcher.matches() ? matcher.group(1).strip() : name;
    }

    private static void checkSoleProprietor(Evaluation e, SubjectData subject) {
        String name = Text.fold(subject.name());
        String remark = Text.fold(subject.remark());
        if (!name.contains(SOLE_PROPRIETOR) && !remark.contains(SOLE_PROPRIETOR) && !soleProprietorCreditCode(subject)) {
            return;
        }
        boolean nameForm = SOLE_PROPRIETOR_NAME.matcher(name).matches();
        if (e.individual()) {
            // Without a trade name: nature 个人, the remark with the registration number, 张某某（个体工商户）.
            if (!remark.contains(NO_TRADE_NAME) || !REGISTRATION_NUMBER.matcher(Text.compactUpper(remark)).find()) {
                e.add(Rule.SOLE_PROPRIETOR_NO_TRADE_NAME_REMARK, "subject.remark");
            }
            if (!nameForm) {
                e.add(Rule.SOLE_PROPRIETOR_NAME_FORM, "subject.name", name);
            }
            if (remark.contains(NO_SEAL)) {
                e.add(Rule.SOLE_PROPRIETOR_NATURE_MISMATCH, "subject.nature", e.natureName(SubjectNatures.ENTERPRISE));
            }
            return;
        }
        if (nameForm || remark.contains(NO_TRADE_NAME)) {
            e.add(Rule.SOLE_PROPRIETOR_NATURE_MISMATCH, "subject.nature", e.natureName(SubjectNatures.INDIVIDUAL));
        } else if (!remark.contains(NO_SEAL)) {
            e.add(Rule.SOLE_PROPRIETOR_NO_SEAL_REMARK, "subject.remark");
        }
    }

    /** The credit code says 个体工商户 (92…) even when the name and remark do not. */
    private static boolean soleProprietorCreditCode(SubjectData subject) {
        return UnifiedSocialCreditCode.parse(subject.certificateNumber())
                .filter(code -> code.registrationAuthority() == MARKET_REGULATION && code.entityType() == SOLE_PROPRIETOR_TYPE)
                .isPresent();
    }

    private static void checkFinanceKeywords(Evaluation e, SubjectData subject) {
        if (e.hasDocument(DocumentPurposes.SUBJECT_FINANCE_APPROVAL)) {
            return;
        }
        for (Problem problem : FinanceKeywords.defaults().check(subject.name())) {
            e.add(Rule.SUBJECT_NAME_FINANCE_KEYWORD, "subject.name", problem.arguments().toArray());
        }
    }

    private static void checkLegalRepresentative(Evaluation e, SubjectData subject) {
        if (e.individual() || subject.principal() == null) {
            return;
        }
        OrganisationNames lending = OrganisationNames.defaults();
        boolean lendingName = lending.requiresLegalRepresentativeAsPrincipal(subject.name());
        Optional<ProvinceRules.Applied> policy = e.provinceRule("legal_representative.as_principal");
        String policyValue = policy.map(ProvinceRules.Applied::value).orElse("not_required");
        if (!lendingName && policyValue.equals("not_required")) {
            return;
        }
        if (!e.require("subject.legalRepresentative", subject.legalRepresentative())) {
            return;
        }
        String principalName = Text.fold(subject.principal().name());
        String legalRepresentative = Text.fold(subject.legalRepresentative());
        if (principalName.isEmpty() || principalName.equals(legalRepresentative)) {
            return;
        }
        if (lendingName) {
            // The source's rule holds everywhere; an authorisation letter does not replace it.
            e.addProblems("subject.principal.name", lending.checkPrincipal(subject.name(), false));
        } else if (policyValue.equals("required")) {
            e.addApplied(Rule.SUBJECT_PRINCIPAL_NOT_LEGAL_REPRESENTATIVE, "subject.principal.name", policy.get(),
                    legalRepresentative);
        } else if (policyValue.equals("authorisation_letter") && !e.hasDocument(DocumentPurposes.SUBJECT_PRINCIPAL_AUTHORISATION)) {
            e.addApplied(Rule.SUBJECT_PRINCIPAL_AUTHORISATION_LETTER_REQUIRED,
                    "documents." + DocumentPurposes.SUBJECT_PRINCIPAL_AUTHORISATION, policy.get(), legalRepresentative);
        }
    }

    private static void checkAddresses(Evaluation e, SubjectData subject) {
        if (e.require("subject.mailingAddress", subject.mailingAddress())) {
            boolean remarked = MOST_DETAILED_ADDRESS.matcher(Text.fold(subject.remark())).find();
            for (Problem problem : MailingAddresses.check(subject.mailingAddress())) {
                if (problem.code() == AddressProblem.ADDRESS_NOT_PRECISE && remarked) {
                    e.add(Rule.ADDRESS_MOST_DETAILED_REMARKED, "subject.mailingAddress");
                } else {
                    e.addProblems("subject.mailingAddress", List.of(problem));
                }
            }
        }
        if (Evaluation.present(subject.certificateAddress())) {
            // The certificate address is copied from the licence or ID card: only the placeholder is wrong.
            e.addProblems("subject.certificateAddress", MailingAddresses.check(subject.certificateAddress()).stream()
                    .filter(problem -> problem.code() == AddressProblem.ADDRESS_CONTAINS_SHIXIAQU)
                    .toList());
        }
    }
}
