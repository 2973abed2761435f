package org.beian.domain.model.check.catalogue;

import java.util.Map;
import org.beian.domain.model.check.Problem;
import org.beian.domain.model.check.ProblemCode;
import org.beian.domain.model.check.address.AddressProblem;
import org.beian.domain.model.check.domain.DomainProblem;
import org.beian.domain.model.check.identity.IdentityProblem;
import org.beian.domain.model.check.name.NameProblem;
import org.beian.domain.model.check.phone.PhoneProblem;

/**
 * Which catalogue rule each problem of the check primitives becomes. Most map one to one (same code);
 * a few are merged where the applicant's fix is the same, and a few depend on context the primitives
 * do not have (the caller decides those before mapping, see the comments).
 */
final class ProblemRules {

    private static final Map<ProblemCode, Rule> RULES = Map.ofEntries(
            Map.entry(IdentityProblem.CERTIFICATE_NUMBER_BLANK, Rule.FIELD_REQUIRED),
            Map.entry(IdentityProblem.CERTIFICATE_NUMBER_TOO_LONG, Rule.CERTIFICATE_NUMBER_TOO_LONG),
            Map.entry(IdentityProblem.RESIDENT_ID_LEGACY_15, Rule.RESIDENT_ID_LEGACY_15),
            Map.entry(IdentityProblem.RESIDENT_ID_FORMAT, Rule.RESIDENT_ID_FORMAT),
            Map.entry(IdentityProblem.RESIDENT_ID_CHECK_CHARACTER, Rule.RESIDENT_ID_CHECK_CHARACTER),
            Map.entry(IdentityProblem.RESIDENT_ID_BIRTH_DATE, Rule.RESIDENT_ID_BIRTH_DATE),
            Map.entry(IdentityProblem.RESIDENT_ID_BIRTH_DATE_IN_FUTURE, Rule.RESIDENT_ID_BIRTH_DATE),
            Map.entry(IdentityProblem.RESIDENT_ID_BIRTH_DATE_BEFORE_1900, Rule.RESIDENT_ID_BIRTH_DATE),
            Map.entry(IdentityProblem.RESIDENT_ID_ADDRESS_CODE, Rule.RESIDENT_ID_ADDRESS_CODE),
            Map.entry(IdentityProblem.RESIDENT_ID_IS_RESIDENCE_PERMIT, Rule.RESIDENT_ID_IS_RESIDENCE_PERMIT),
            Map.entry(IdentityProblem.RESIDENCE_PERMIT_ADDRESS_CODE, Rule.RESIDENCE_PERMIT_ADDRESS_CODE),
            Map.entry(IdentityProblem.PASSPORT_FORMAT, Rule.PASSPORT_FORMAT),
            // Only reported by checkChinesePassport, which the catalogue does not call: the certificate
            // type does not say whether the holder is a Chinese citizen.
            Map.entry(IdentityProblem.CHINESE_PASSPORT_FORMAT, Rule.PASSPORT_FORMAT),
            Map.entry(IdentityProblem.HK_MACAO_PERMIT_FORMAT, Rule.HK_MACAO_PERMIT_FORMAT),
            Map.entry(IdentityProblem.TAIWAN_PERMIT_FORMAT, Rule.TAIWAN_PERMIT_FORMAT),
            Map.entry(IdentityProblem.PERMANENT_RESIDENCE_FORMAT, Rule.PERMANENT_RESIDENCE_FORMAT),
            Map.entry(IdentityProblem.PERMANENT_RESIDENCE_CHECK_CHARACTER, Rule.PERMANENT_RESIDENCE_CHECK_CHARACTER),
            Map.entry(IdentityProblem.PERMANENT_RESIDENCE_BIRTH_DATE, Rule.PERMANENT_RESIDENCE_BIRTH_DATE),
            Map.entry(IdentityProblem.USCC_FORMAT, Rule.USCC_FORMAT),
            Map.entry(IdentityProblem.USCC_CHECK_CHARACTER, Rule.USCC_CHECK_CHARACTER),
            Map.entry(IdentityProblem.USCC_REGISTRATION_AUTHORITY, Rule.USCC_REGISTRATION_AUTHORITY),
            Map.entry(IdentityProblem.USCC_ENTITY_TYPE, Rule.USCC_ENTITY_TYPE),
            Map.entry(IdentityProblem.USCC_DIVISION_CODE, Rule.USCC_DIVISION_CODE),
            Map.entry(IdentityProblem.USCC_ORGANISATION_CODE_CHECK_CHARACTER, Rule.USCC_ORGANISATION_CODE_CHECK_CHARACTER),

            Map.entry(DomainProblem.DOMAIN_FORMAT, Rule.DOMAIN_FORMAT),
            Map.entry(DomainProblem.DOMAIN_URL, Rule.DOMAIN_URL),
            Map.entry(DomainProblem.DOMAIN_PORT, Rule.DOMAIN_PORT),
            Map.entry(DomainProblem.DOMAIN_WILDCARD, Rule.DOMAIN_WILDCARD),
            Map.entry(DomainProblem.DOMAIN_IP_ADDRESS, Rule.DOMAIN_IP_ADDRESS),
            Map.entry(DomainProblem.DOMAIN_UNKNOWN_SUFFIX, Rule.DOMAIN_UNKNOWN_SUFFIX),
            Map.entry(DomainProblem.DOMAIN_IS_PUBLIC_SUFFIX, Rule.DOMAIN_IS_PUBLIC_SUFFIX),
            Map.entry(DomainProblem.DOMAIN_PRIVATE_SUFFIX, Rule.DOMAIN_PRIVATE_SUFFIX),
            Map.entry(DomainProblem.DOMAIN_NOT_REGISTRABLE, Rule.DOMAIN_NOT_REGISTRABLE),
            Map.entry(DomainProblem.DOMAIN_TLD_NOT_FILEABLE, Rule.DOMAIN_TLD_NOT_FILEABLE),
            // Raised only where domain.country_code_allowed is false, and never for China's own .cn / .中国.
            Map.entry(DomainProblem.DOMAIN_COUNTRY_CODE, Rule.DOMAIN_COUNTRY_CODE_NOT_ACCEPTED),
            Map.entry(DomainProblem.DOMAIN_DUPLICATE, Rule.DOMAIN_DUPLICATE),
            Map.entry(DomainProblem.HOMEPAGE_FORMAT, Rule.HOMEPAGE_FORMAT),
            Map.entry(DomainProblem.HOMEPAGE_NOT_AMONG_DOMAINS, Rule.HOMEPAGE_NOT_AMONG_DOMAINS),
            Map.entry(DomainProblem.HOMEPAGE_NOT_WWW, Rule.HOMEPAGE_NOT_WWW),

            Map.entry(PhoneProblem.MOBILE_FORMAT, Rule.MOBILE_FORMAT),
            Map.entry(PhoneProblem.MOBILE_INVALID, Rule.MOBILE_INVALID),
            Map.entry(PhoneProblem.OFFICE_PHONE_FORMAT, Rule.OFFICE_PHONE_FORMAT),
            Map.entry(PhoneProblem.OFFICE_PHONE_AREA_CODE, Rule.OFFICE_PHONE_AREA_CODE),
            Map.entry(PhoneProblem.OFFICE_PHONE_INVALID, Rule.OFFICE_PHONE_INVALID),
            Map.entry(PhoneProblem.OFFICE_PHONE_IS_MOBILE, Rule.OFFICE_PHONE_IS_MOBILE),

            Map.entry(NameProblem.WEBSITE_NAME_TOO_SHORT, Rule.WEBSITE_NAME_TOO_SHORT),
            Map.entry(NameProblem.WEBSITE_NAME_ONLY_DIGITS_OR_LATIN, Rule.WEBSITE_NAME_ONLY_DIGITS_OR_LATIN),
            Map.entry(NameProblem.WEBSITE_NAME_SPECIAL_SYMBOL, Rule.WEBSITE_NAME_SPECIAL_SYMBOL),
            Map.entry(NameProblem.WEBSITE_NAME_EQUALS_DOMAIN, Rule.WEBSITE_NAME_EQUALS_DOMAIN),
            // Raised only for natures other than state bodies.
            Map.entry(NameProblem.WEBSITE_NAME_RESERVED_PREFIX, Rule.WEBSITE_NAME_RESERVED_PREFIX),
            // Dropped when the website declares a pre-approval type (its document rule then applies).
            Map.entry(NameProblem.WEBSITE_NAME_NEEDS_PRE_APPROVAL, Rule.WEBSITE_NAME_NEEDS_PRE_APPROVAL),
            Map.entry(NameProblem.WEBSITE_NAME_BANNED_WORD, Rule.WEBSITE_NAME_BANNED_WORD),
            // In a website name; the subject name's keyword becomes SUBJECT_NAME_FINANCE_KEYWORD. Dropped
            // when the approval document is attached.
            Map.entry(NameProblem.NAME_FINANCE_KEYWORD, Rule.WEBSITE_NAME_FINANCE_KEYWORD),
            Map.entry(NameProblem.ORGANISATION_PRINCIPAL_NOT_LEGAL_REPRESENTATIVE, Rule.ORGANISATION_PRINCIPAL_NOT_LEGAL_REPRESENTATIVE),

            // Becomes ADDRESS_MOST_DETAILED_REMARKED (a warning) when the subject remark says so.
            Map.entry(AddressProblem.ADDRESS_NOT_PRECISE, Rule.ADDRESS_NOT_PRECISE),
            Map.entry(AddressProblem.ADDRESS_CONTAINS_SHIXIAQU, Rule.ADDRESS_CONTAINS_SHIXIAQU));

    private ProblemRules() {}

    static Rule ruleFor(ProblemCode code) {
        Rule rule = RULES.get(code);
        if (rule == null) {
            throw new IllegalArgumentException("No catalogue rule for problem " + code.code());
        }
        return rule;
    }

    static Rule ruleFor(Problem problem) {
        return ruleFor(problem.code());
    }
}
