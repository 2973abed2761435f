package org.beian.domain.model.check.catalogue;

import static org.beian.domain.model.check.catalogue.Severity.ERROR;
import static org.beian.domain.model.check.catalogue.Severity.WARNING;
import static org.beian.domain.model.check.catalogue.Topic.CERTIFICATE;
import static org.beian.domain.model.check.catalogue.Topic.CLOUD;
import static org.beian.domain.model.check.catalogue.Topic.DOCUMENT;
import static org.beian.domain.model.check.catalogue.Topic.DOMAIN;
import static org.beian.domain.model.check.catalogue.Topic.ORDER;
import static org.beian.domain.model.check.catalogue.Topic.PERSON;
import static org.beian.domain.model.check.catalogue.Topic.PHONE;
import static org.beian.domain.model.check.catalogue.Topic.SUBJECT;
import static org.beian.domain.model.check.catalogue.Topic.WEBSITE;

import java.util.List;
import java.util.Locale;

/**
 * The rule catalogue: every pre-submission rule with its stable code (the constant's name: stored in
 * findings and used as message key, so never rename one), the field paths it reports on (see
 * {@link FieldPatterns}), its severity, where it comes from, and the province rule keys whose values it
 * reads. Message and fix texts are in the {@code rules} bundle ({@code <CODE>.message}, {@code <CODE>.fix},
 * Chinese base, English {@code _en}); docs/rules.md is generated from this enum and the bundle.
 */
public enum Rule {

    // --- The order as a whole ---------------------------------------------------------------------
    FIELD_REQUIRED(ORDER, ERROR, List.of("*"), "filing-process §2, §4 (the form's required fields)"),
    ACCOUNT_ORDER_IN_PROGRESS(ORDER, ERROR, List.of("order"), "beyond-the-seed §1 (one order in progress at a time)"),
    ORDER_WEBSITE_REQUIRED(ORDER, ERROR, List.of("websites"), "filing-process §3"),
    ORDER_TOO_MANY_WEBSITES(ORDER, ERROR, List.of("websites"), "beyond-the-seed §1 (quantities)",
            "order.max_websites.organisation", "order.max_websites.individual"),
    ORDER_TYPE_MISMATCH(ORDER, ERROR, List.of("type"), "filing-process §3 (the type is determined, not chosen)"),
    SUBJECT_FILED_UNDER_OTHER_ACCOUNT(ORDER, ERROR, List.of("subject.certificateNumber"),
            "filing-process §3 (only under the same account's subject); beyond-the-seed §1"),
    SUBJECT_DIFFERS_FROM_FILED_RECORD(ORDER, ERROR, List.of("subject.nature", "subject.provinceCode"),
            "filing-process §3 (must match the earlier filing); beyond-the-seed §2.7 (a subject's province never changes)"),
    FILING_PASSWORD_WRONG(ORDER, ERROR, List.of("extras.filingPassword"), "filing-process §3 (filing password required)"),
    CANCEL_TARGET_NOT_FILED_HERE(ORDER, ERROR, List.of("subject.icpNumber", "websites[i].icpNumber"),
            "filing-process §3 (cancellations)"),
    CANCEL_ACCESS_LAST_PROVIDER(ORDER, WARNING, List.of("websites[i].icpNumber"),
            "filing-process §3 (cancel access); beyond-the-seed §1 (shell records)"),
    CANCEL_WEBSITE_DOMAINS_UNREACHABLE(ORDER, WARNING, List.of("websites[i].icpNumber"), "filing-process §3 (cancel website)"),
    CANCEL_SUBJECT_REMOVES_WEBSITES(ORDER, WARNING, List.of("subject.icpNumber"), "filing-process §3 (cancel subject)"),

    // --- Subject ----------------------------------------------------------------------------------
    SUBJECT_CERTIFICATE_TYPE_NOT_ALLOWED(SUBJECT, ERROR, List.of("subject.certificateType"),
            "nature_certificate_types.csv (MIIT form: certificate types per nature)"),
    SUBJECT_OUTSIDE_LICENCE_PROVINCE(SUBJECT, ERROR, List.of("subject.provinceCode"),
            "beyond-the-seed §2.7 (organisations file where licensed; USCC characters 3–8)"),
    SUBJECT_OUTSIDE_ID_PROVINCE(SUBJECT, ERROR, List.of("subject.provinceCode"),
            "beyond-the-seed §2.7 (individuals file in their ID-card province)", "residence_permit.accepted"),
    SUBJECT_RESIDENCE_PERMIT_REQUIRED(SUBJECT, WARNING, List.of("documents.subject.residencePermit"),
            "beyond-the-seed §2.7 (or with a residence permit where accepted)", "residence_permit.accepted"),
    INDIVIDUAL_PRINCIPAL_NOT_SUBJECT(SUBJECT, ERROR, List.of("subject.principal.name", "subject.principal.certificateNumber"),
            "desk rule (an individual is the principal of his or her own filing)"),
    SOLE_PROPRIETOR_NO_TRADE_NAME_REMARK(SUBJECT, ERROR, List.of("subject.remark"),
            "filing-process §6; source manual (个体工商户无工商字号, with the registration number)"),
    SOLE_PROPRIETOR_NAME_FORM(SUBJECT, ERROR, List.of("subject.name"), "filing-process §6; source manual (张某某（个体工商户）)"),
    SOLE_PROPRIETOR_NO_SEAL_REMARK(SUBJECT, WARNING, List.of("subject.remark"), "filing-process §6 (个体工商户无公章)"),
    SOLE_PROPRIETOR_NATURE_MISMATCH(SUBJECT, ERROR, List.of("subject.nature"),
            "filing-process §6 (with a trade name: 企业; without: 个人)"),
    SUBJECT_NAME_FINANCE_KEYWORD(SUBJECT, ERROR, List.of("subject.name"), "beyond-the-seed §2.11"),
    ORGANISATION_PRINCIPAL_NOT_LEGAL_REPRESENTATIVE(SUBJECT, ERROR, List.of("subject.principal.name"),
            "filing-process §6 (投资管理, 担保, 典当, 贷款, 理财)"),
    SUBJECT_PRINCIPAL_NOT_LEGAL_REPRESENTATIVE(SUBJECT, ERROR, List.of("subject.principal.name"),
            "beyond-the-seed §2.6", "legal_representative.as_principal"),
    SUBJECT_PRINCIPAL_AUTHORISATION_LETTER_REQUIRED(SUBJECT, ERROR, List.of("documents.subject.principal.authorisation"),
            "beyond-the-seed §2.6", "legal_representative.as_principal"),
    ADDRESS_NOT_PRECISE(SUBJECT, ERROR, List.of("subject.mailingAddress"), "filing-process §6; beyond-the-seed §2.8"),
    ADDRESS_MOST_DETAILED_REMARKED(SUBJECT, WARNING, List.of("subject.mailingAddress"),
            "filing-process §6 (remark 主办单位通信地址为最详细地址)"),
    ADDRESS_CONTAINS_SHIXIAQU(SUBJECT, ERROR, List.of("subject.mailingAddress", "subject.certificateAddress"),
            "beyond-the-seed §2.8"),
    SUBJECT_CERTIFICATE_TYPE_WITHDRAWN(SUBJECT, ERROR, List.of("subject.certificateType"),
            "five-in-one reform (五证合一, old licences invalid from 2018); Tencent Cloud Hubei page; FinClip Gansu page",
            "subject.withdrawn_certificate_types.enterprise"),

    // --- Certificate numbers ----------------------------------------------------------------------
    CERTIFICATE_NUMBER_TOO_LONG(CERTIFICATE, ERROR, FieldPatterns.CERTIFICATE_NUMBERS, "desk rule (longest number stored)"),
    RESIDENT_ID_LEGACY_15(CERTIFICATE, ERROR, FieldPatterns.CERTIFICATE_NUMBERS, "GB 11643-1999"),
    RESIDENT_ID_FORMAT(CERTIFICATE, ERROR, FieldPatterns.CERTIFICATE_NUMBERS, "GB 11643-1999"),
    RESIDENT_ID_CHECK_CHARACTER(CERTIFICATE, ERROR, FieldPatterns.CERTIFICATE_NUMBERS,
            "GB 11643-1999; filing-process §6; beyond-the-seed §2.1"),
    RESIDENT_ID_BIRTH_DATE(CERTIFICATE, ERROR, FieldPatterns.CERTIFICATE_NUMBERS, "GB 11643-1999 (digits 7–14)"),
    RESIDENT_ID_ADDRESS_CODE(CERTIFICATE, ERROR, FieldPatterns.CERTIFICATE_NUMBERS, "GB 11643-1999; GB/T 2260"),
    RESIDENT_ID_IS_RESIDENCE_PERMIT(CERTIFICATE, ERROR, FieldPatterns.CERTIFICATE_NUMBERS,
            "港澳台居民居住证申领发放办法 (address codes 810000, 820000, 830000)"),
    RESIDENCE_PERMIT_ADDRESS_CODE(CERTIFICATE, ERROR, FieldPatterns.CERTIFICATE_NUMBERS,
            "港澳台居民居住证申领发放办法 (address codes 810000, 820000, 830000)"),
    PASSPORT_FORMAT(CERTIFICATE, ERROR, FieldPatterns.CERTIFICATE_NUMBERS, "desk rule (plausibility only: no public check algorithm)"),
    HK_MACAO_PERMIT_FORMAT(CERTIFICATE, ERROR, FieldPatterns.CERTIFICATE_NUMBERS, "港澳居民来往内地通行证 (2013 card)"),
    TAIWAN_PERMIT_FORMAT(CERTIFICATE, ERROR, FieldPatterns.CERTIFICATE_NUMBERS, "台湾居民来往大陆通行证 (2015 card)"),
    PERMANENT_RESIDENCE_FORMAT(CERTIFICATE, ERROR, FieldPatterns.CERTIFICATE_NUMBERS, "外国人永久居留身份证 (2004 and 2023 cards)"),
    PERMANENT_RESIDENCE_CHECK_CHARACTER(CERTIFICATE, ERROR, FieldPatterns.CERTIFICATE_NUMBERS,
            "外国人永久居留身份证 (2023 card, GB 11643 check)"),
    PERMANENT_RESIDENCE_BIRTH_DATE(CERTIFICATE, ERROR, FieldPatterns.CERTIFICATE_NUMBERS, "外国人永久居留身份证 (2023 card)"),
    USCC_FORMAT(CERTIFICATE, ERROR, List.of("subject.certificateNumber"), "GB 32100-2015"),
    USCC_CHECK_CHARACTER(CERTIFICATE, WARNING, List.of("subject.certificateNumber"),
            "GB 32100-2015; beyond-the-seed §2.2 (early pilot codes fail the check yet are legal)"),
    USCC_REGISTRATION_AUTHORITY(CERTIFICATE, WARNING, List.of("subject.certificateNumber"), "GB 32100-2015 appendix A"),
    USCC_ENTITY_TYPE(CERTIFICATE, WARNING, List.of("subject.certificateNumber"), "GB 32100-2015 appendix A"),
    USCC_DIVISION_CODE(CERTIFICATE, WARNING, List.of("subject.certificateNumber"), "GB 32100-2015; GB/T 2260"),
    USCC_ORGANISATION_CODE_CHECK_CHARACTER(CERTIFICATE, WARNING, List.of("subject.certificateNumber"),
            "GB 32100-2015; GB 11714-1997"),
    ORGANISATION_CODE_INVALID(CERTIFICATE, ERROR, List.of("subject.certificateNumber"),
            "GB 11714-1997 (8 characters and a check character, written XXXXXXXX-X)"),
    PRINCIPAL_CERTIFICATE_TYPE_NOT_PERSONAL(CERTIFICATE, ERROR,
            List.of("subject.principal.certificateType", "websites[i].principal.certificateType"),
            "nature_certificate_types.csv (a person holds a personal certificate)"),

    // --- Responsible persons ----------------------------------------------------------------------
    SUBJECT_PRINCIPAL_TOO_YOUNG(PERSON, ERROR, List.of("subject.principal.certificateNumber"),
            "filing-process §6; beyond-the-seed §2.4",
            "subject_principal.min_age.organisation", "subject_principal.min_age.individual"),
    SUBJECT_PRINCIPAL_EMPLOYMENT_PROOF_REQUIRED(PERSON, WARNING, List.of("documents.subject.principal.employmentProof"),
            "filing-process §6 (未满十八周岁未成年人需提供就业证明)",
            "subject_principal.min_age_without_employment_proof.individual"),
    SUBJECT_PRINCIPAL_GUARDIAN_REQUIRED(PERSON, WARNING, List.of("documents.subject.principal.guardianConsent"),
            "beyond-the-seed §2.4 (Tianjin: under 18 needs a guardian)", "subject_principal.guardian_below_age.individual"),
    WEBSITE_PRINCIPAL_TOO_YOUNG(PERSON, ERROR, FieldPatterns.WEBSITE_PRINCIPAL_AGE,
            "filing-process §6 (网站负责人未满十八周岁不能备案)", "website_principal.min_age"),
    WEBSITE_PRINCIPAL_TOO_OLD(PERSON, ERROR, FieldPatterns.WEBSITE_PRINCIPAL_AGE,
            "beyond-the-seed §2.4 (retirement age)", "website_principal.max_age.male", "website_principal.max_age.female"),
    WEBSITE_PRINCIPAL_SAME_AS_SUBJECT_PRINCIPAL(PERSON, ERROR,
            List.of("websites[i].principalSameAsSubject", "websites[i].principal.certificateNumber"),
            "Alibaba Cloud Tianjin page (單位備案的主體負責人和互連網資訊服務負責人不能是同一個人)",
            "website_principal.distinct_from_subject_principal.organisation"),
    EMAIL_FORMAT(PERSON, ERROR, List.of("subject.principal.email", "websites[i].principal.email"), "filing-process §2"),

    // --- Phones -----------------------------------------------------------------------------------
    MOBILE_FORMAT(PHONE, ERROR, FieldPatterns.ALL_MOBILES, "filing-process §2"),
    MOBILE_INVALID(PHONE, ERROR, FieldPatterns.ALL_MOBILES, "MIIT numbering plan (libphonenumber metadata)"),
    OFFICE_PHONE_FORMAT(PHONE, ERROR, FieldPatterns.OFFICE_PHONES, "filing-process §6 (086-区号-号码)"),
    OFFICE_PHONE_AREA_CODE(PHONE, ERROR, FieldPatterns.OFFICE_PHONES, "MIIT numbering plan (libphonenumber metadata)"),
    OFFICE_PHONE_INVALID(PHONE, ERROR, FieldPatterns.OFFICE_PHONES, "MIIT numbering plan (libphonenumber metadata)"),
    OFFICE_PHONE_IS_MOBILE(PHONE, ERROR, FieldPatterns.OFFICE_PHONES,
            "filing-process §6 (企业用户以及天津的个人用户请填写真实的座机号码)", "office_phone.landline_required.individual"),
    OFFICE_PHONE_LANDLINE_REQUIRED(PHONE, ERROR, FieldPatterns.OFFICE_PHONES,
            "filing-process §6 (企业用户以及天津的个人用户请填写真实的座机号码)", "office_phone.landline_required.individual"),
    MOBILE_USED_BY_OTHER_SUBJECT(PHONE, ERROR, FieldPatterns.MOBILES, "beyond-the-seed §2.5 (one mobile serves one subject)"),
    MOBILE_NOT_CONFIRMED(PHONE, ERROR, FieldPatterns.MOBILES, "issue 11 (the principal's mobile is confirmed by an SMS code in the step)"),
    PHONE_SHARED_BY_DIFFERENT_PRINCIPALS(PHONE, ERROR,
            List.of("websites[i].principal.mobile", "websites[i].principal.officePhone"),
            "beyond-the-seed §2.5 (different principals, different numbers)"),
    PHONES_TOO_FEW_DISTINCT_MOBILES(PHONE, WARNING, List.of("websites[i].principal.mobile"),
            "beyond-the-seed §2.5 (Beijing)", "phones.min_distinct_mobiles"),
    EMERGENCY_PHONE_SAME_AS_MOBILE(PHONE, ERROR, FieldPatterns.EMERGENCY_PHONES,
            "province pages (Shanghai, Anhui, Jiangxi, Hubei, Tibet: 主体负责人手机号码不得与应急号码重复)",
            "emergency_phone.distinct_from_own_mobile"),
    EMERGENCY_PHONE_SHARED_WITH_OTHER_PRINCIPAL(PHONE, ERROR, FieldPatterns.EMERGENCY_PHONES,
            "province pages (Jiangxi: 不可交叉作为互相的应急联系方式; Gansu: a third person's mobile; Shanghai)",
            "emergency_phone.distinct_from_other_principals"),
    ACCESS_LOCAL_MOBILE_REQUIRED(PHONE, WARNING, FieldPatterns.MOBILES,
            "filing-process §6 (Beijing access filings need a Beijing mobile)", "access.local_mobile_required"),

    // --- Domains and homepages --------------------------------------------------------------------
    DOMAIN_FORMAT(DOMAIN, ERROR, FieldPatterns.DOMAIN, "RFC 1035 / IDNA 2003"),
    DOMAIN_PUNYCODE_INVALID(DOMAIN, ERROR, FieldPatterns.DOMAIN, "RFC 3492 / RFC 5891 (an xn-- label must decode and encode back)"),
    DOMAIN_GOV_CN_NOT_GOVERNMENT(DOMAIN, ERROR, FieldPatterns.DOMAIN,
            "互联网政务应用安全管理规定 (2024): 党政机关域名应当以.gov.cn或.政务为后缀 (Huawei Cloud Shanghai and Zhejiang pages)"),
    DOMAIN_URL(DOMAIN, ERROR, FieldPatterns.DOMAIN, "filing-process §2 (domains, not URLs)"),
    DOMAIN_PORT(DOMAIN, ERROR, FieldPatterns.DOMAIN, "filing-process §2 (domains, not URLs)"),
    DOMAIN_WILDCARD(DOMAIN, ERROR, FieldPatterns.DOMAIN, "beyond-the-seed §2.3 (subdomains are covered)"),
    DOMAIN_IP_ADDRESS(DOMAIN, ERROR, FieldPatterns.DOMAIN, "filing-process §2 (domains, not IP addresses)"),
    DOMAIN_UNKNOWN_SUFFIX(DOMAIN, ERROR, FieldPatterns.DOMAIN, "public suffix list"),
    DOMAIN_IS_PUBLIC_SUFFIX(DOMAIN, ERROR, FieldPatterns.DOMAIN, "public suffix list"),
    DOMAIN_PRIVATE_SUFFIX(DOMAIN, ERROR, FieldPatterns.DOMAIN,
            "beyond-the-seed §2.3 (registrar approved by the ministry); public suffix list"),
    DOMAIN_NOT_REGISTRABLE(DOMAIN, ERROR, FieldPatterns.DOMAIN, "beyond-the-seed §2.3 (only the registrable domain is filed)"),
    DOMAIN_TLD_NOT_FILEABLE(DOMAIN, ERROR, FieldPatterns.DOMAIN, "filing-process §6; fileable_tlds.csv (MIIT approved TLDs)"),
    DOMAIN_COUNTRY_CODE_NOT_ACCEPTED(DOMAIN, ERROR, FieldPatterns.DOMAIN,
            "filing-process §6 (北京管局不接受国别域名)", "domain.country_code_allowed"),
    DOMAIN_DUPLICATE(DOMAIN, ERROR, FieldPatterns.DOMAIN,
            "filing-process §6; MIIT 工信管函〔2019〕633号 (one domain, one website number; Unicode and xn-- forms are one domain)"),
    WEBSITE_TOO_MANY_DOMAINS(DOMAIN, ERROR, List.of("websites[i].domains"),
            "MIIT 工信管函〔2019〕633号 (since 2019-04-22 a website is filed with one domain, nationwide)", "website.max_domains"),
    DOMAIN_EXPIRES_TOO_SOON(DOMAIN, ERROR, FieldPatterns.DOMAIN,
            "province pages (Shanghai, Zhejiang, Hebei, Liaoning, Hunan, Chongqing, …: 域名有效期需大于或等于3个月); beyond-the-seed §2.3",
            "domain.min_remaining_months"),
    DOMAIN_REGISTRATION_UNKNOWN(DOMAIN, WARNING, FieldPatterns.DOMAIN,
            "where a province asks for months of registration left, the expiry must be known (entered or looked up)",
            "domain.min_remaining_months"),
    DOMAIN_REGISTRANT_NOT_SUBJECT(DOMAIN, ERROR, FieldPatterns.DOMAIN,
            "MIIT domain verification since 2018-01-01 (域名所有者与备案主办者一致); beyond-the-seed §2.3; Ningxia, Hunan: the subject only",
            "domain.registrant_may_be_legal_representative"),
    DOMAIN_ALREADY_FILED_HERE(DOMAIN, ERROR, FieldPatterns.DOMAIN, "filing-process §3"),
    DOMAIN_FILED_ELSEWHERE(DOMAIN, ERROR, FieldPatterns.DOMAIN, "filing-process §3 (then it is an access filing)"),
    DOMAIN_NOT_FILED_ELSEWHERE(DOMAIN, ERROR, FieldPatterns.DOMAIN, "filing-process §3 (access filing)"),
    DOMAIN_FILED_BY_OTHER_SUBJECT(DOMAIN, ERROR, FieldPatterns.DOMAIN, "filing-process §3, §6 (registrant must match the subject)"),
    HOMEPAGE_FORMAT(DOMAIN, ERROR, FieldPatterns.HOMEPAGE, "filing-process §6"),
    HOMEPAGE_NOT_AMONG_DOMAINS(DOMAIN, ERROR, FieldPatterns.HOMEPAGE, "filing-process §6 (首页URL只能填写域名列表中的任意一个)"),
    HOMEPAGE_NOT_WWW(DOMAIN, ERROR, FieldPatterns.HOMEPAGE, "filing-process §6 (首页URL要求域名以 www. 开头)"),

    // --- Website ----------------------------------------------------------------------------------
    WEBSITE_NAME_TOO_SHORT(WEBSITE, ERROR, FieldPatterns.WEBSITE_NAME, "beyond-the-seed §2.9"),
    WEBSITE_NAME_ONLY_DIGITS_OR_LATIN(WEBSITE, ERROR, FieldPatterns.WEBSITE_NAME, "beyond-the-seed §2.9"),
    WEBSITE_NAME_SPECIAL_SYMBOL(WEBSITE, ERROR, FieldPatterns.WEBSITE_NAME, "beyond-the-seed §2.9"),
    WEBSITE_NAME_EQUALS_DOMAIN(WEBSITE, ERROR, FieldPatterns.WEBSITE_NAME, "beyond-the-seed §2.9"),
    WEBSITE_NAME_RESERVED_PREFIX(WEBSITE, ERROR, FieldPatterns.WEBSITE_NAME, "beyond-the-seed §2.9 (only state bodies)"),
    WEBSITE_NAME_NEEDS_PRE_APPROVAL(WEBSITE, ERROR, FieldPatterns.WEBSITE_NAME, "beyond-the-seed §2.9 (博客/论坛/在线/社区/交流)"),
    WEBSITE_NAME_BANNED_WORD(WEBSITE, ERROR, FieldPatterns.WEBSITE_NAME, "beyond-the-seed §2.9 (province bans)",
            "website_name.banned_words"),
    WEBSITE_NAME_FINANCE_KEYWORD(WEBSITE, ERROR, FieldPatterns.WEBSITE_NAME, "beyond-the-seed §2.11"),
    WEBSITE_NAME_PERSONAL_LOOKS_ORGANISATIONAL(WEBSITE, ERROR, FieldPatterns.WEBSITE_NAME,
            "beyond-the-seed §2.9 (personal sites: no company or organisation name); source manual (个人承诺书)"),
    WEBSITE_NAME_PERSONAL_PLACE_NAME(WEBSITE, ERROR, FieldPatterns.WEBSITE_NAME,
            "beyond-the-seed §2.9 (personal sites: no place name); Huawei Cloud Guangdong page (个人备案名称不能涉及乡村、地区); divisions.csv"),
    WEBSITE_NAME_SENSITIVE_WORD(WEBSITE, ERROR, FieldPatterns.WEBSITE_NAME,
            "website_name_words.csv: QingCloud and Xinnet naming pages (敏感信息如反腐、赌博、廉政、色情; personal sites also 纪检、监察、信访、维权、投诉)"),
    WEBSITE_NAME_PERSONAL_GENERIC_WORD(WEBSITE, WARNING, FieldPatterns.WEBSITE_NAME,
            "website_name_words.csv: QingCloud and Xinnet naming pages (personal sites: 导航、平台、热线、主页、资讯 …; bureaus differ)"),
    SERVICE_CONTENT_UNKNOWN(WEBSITE, ERROR, FieldPatterns.SERVICE_CONTENT, "filing-process §2 (综合门户, 单位门户网站, 其他)"),
    SERVICE_CONTENT_INDIVIDUAL_MUST_BE_OTHER(WEBSITE, ERROR, FieldPatterns.SERVICE_CONTENT, "beyond-the-seed §2.10"),
    SERVICE_CONTENT_OTHER_NOT_ALLOWED(WEBSITE, ERROR, FieldPatterns.SERVICE_CONTENT,
            "beyond-the-seed §2.10 (Guangdong organisations)", "service_content.other_allowed.organisation"),
    SERVICE_CONTENT_REQUIRED_BY_PROVINCE(WEBSITE, ERROR, FieldPatterns.SERVICE_CONTENT,
            "beyond-the-seed §2.10 (Jiangxi organisations)", "service_content.required.organisation"),
    PRE_APPROVAL_TYPE_UNKNOWN(WEBSITE, ERROR, List.of("websites[i].preApprovalTypes[j]"), "filing-process §2"),
    PRE_APPROVAL_NONE_COMBINED(WEBSITE, ERROR, List.of("websites[i].preApprovalTypes"), "filing-process §2 (以上都不涉及)"),
    PRE_APPROVAL_DOCUMENT_MISSING(WEBSITE, ERROR, List.of("documents.websites[i].preApproval.<TYPE>"),
            "filing-process §6 (pre-approval content types need the approval documents)"),
    WEBSITE_REMARK_CONTENT_MISSING(WEBSITE, ERROR, FieldPatterns.WEBSITE_REMARK,
            "filing-process §6 (服务内容“其他”及个人备案: describe the content)"),
    WEBSITE_REMARK_SAME_SITE_MISSING(WEBSITE, ERROR, FieldPatterns.WEBSITE_REMARK,
            "filing-process §6 (域名指向同一网站): only where several domains per website are still allowed", "website.max_domains"),
    WEBSITE_REMARK_REQUIRED_TEXT_MISSING(WEBSITE, ERROR, FieldPatterns.WEBSITE_REMARK,
            "FinClip Gansu page (个人备案需在网站备注中注明: the bureau's fixed sentence)", "website_remark.required_text.individual"),
    HOSPITAL_REMARK_LICENCE_MISSING(WEBSITE, ERROR, FieldPatterns.WEBSITE_REMARK,
            "filing-process §6; source manual (本单位医疗执业许可证为…)"),
    HOSPITAL_LICENCE_EXPIRED(WEBSITE, ERROR, FieldPatterns.WEBSITE_REMARK,
            "source manual (本单位医疗执业许可证为…有效期至…): an expired licence is no pre-approval"),

    // --- Cloud services ---------------------------------------------------------------------------
    WEBSITE_CLOUD_SERVICE_MISSING(CLOUD, ERROR, List.of("websites[i].cloudServices"), "filing-process §6 (cloud service eligibility)"),
    CLOUD_SERVICE_KIND_UNKNOWN(CLOUD, ERROR, FieldPatterns.CLOUD_SERVICE, "filing-process §2"),
    CLOUD_RESOURCE_NOT_FOUND(CLOUD, ERROR, FieldPatterns.CLOUD_SERVICE, "filing-process §6 (a resource of this account)"),
    CLOUD_RESOURCE_NOT_MAINLAND(CLOUD, ERROR, FieldPatterns.CLOUD_SERVICE, "filing-process §6; beyond-the-seed §2.13"),
    CLOUD_RESOURCE_NOT_PREPAID(CLOUD, ERROR, FieldPatterns.CLOUD_SERVICE, "filing-process §6; beyond-the-seed §2.13"),
    CLOUD_RESOURCE_TOO_SHORT(CLOUD, ERROR, FieldPatterns.CLOUD_SERVICE,
            "filing-process §6 (at least 3 months, renewals count)"),
    CLOUD_RESOURCE_EXPIRES_SOON(CLOUD, ERROR, FieldPatterns.CLOUD_SERVICE, "beyond-the-seed §2.13 (at least 1 month left)"),
    CLOUD_SERVER_NO_PUBLIC_IP(CLOUD, ERROR, FieldPatterns.CLOUD_SERVICE, "filing-process §6 (public bandwidth); beyond-the-seed §2.13"),
    CLOUD_SERVER_TOO_MANY_WEBSITES(CLOUD, ERROR, FieldPatterns.CLOUD_SERVICE, "beyond-the-seed §1 (at most 5 websites per server)"),
    AUTHORISATION_CODE_UNKNOWN(CLOUD, ERROR, FieldPatterns.CLOUD_SERVICE, "filing-process §6 (备案授权码)"),
    AUTHORISATION_CODE_EXPIRED(CLOUD, ERROR, FieldPatterns.CLOUD_SERVICE, "filing-process §6 (备案授权码)"),
    AUTHORISATION_CODE_REVOKED(CLOUD, ERROR, FieldPatterns.CLOUD_SERVICE, "filing-process §6 (备案授权码)"),
    AUTHORISATION_CODE_HELD_BY_OTHER_ACCOUNT(CLOUD, ERROR, FieldPatterns.CLOUD_SERVICE, "filing-process §6 (备案授权码)"),
    AUTHORISATION_CODE_OWN_ACCOUNT(CLOUD, ERROR, FieldPatterns.CLOUD_SERVICE,
            "filing-process §6 (a code that another linked account issued)"),

    // --- Documents --------------------------------------------------------------------------------
    DOCUMENT_SUBJECT_LICENCE_MISSING(DOCUMENT, ERROR, List.of("documents.subject.licence"), "filing-process §4 step 4"),
    DOCUMENT_SUBJECT_PRINCIPAL_ID_MISSING(DOCUMENT, ERROR, List.of("documents.subject.principal.id"),
            "filing-process §4 step 4 (front and back, or one image with both)"),
    DOCUMENT_WEBSITE_PRINCIPAL_ID_MISSING(DOCUMENT, ERROR, List.of("documents.websites[i].principal.id"),
            "filing-process §4 step 4 (front and back, or one image with both)"),
    DOCUMENT_VERIFICATION_FORM_MISSING(DOCUMENT, ERROR, FieldPatterns.VERIFICATION_FORM, "filing-process §4 step 4"),
    VERIFICATION_FORM_FINGERPRINT(DOCUMENT, WARNING, FieldPatterns.VERIFICATION_FORM,
            "filing-process §4 step 4 (Xinjiang, Jiangxi: fingerprint beside the signature)", "verification_form.fingerprint"),
    VERIFICATION_FORM_COMMITMENT_COPY(DOCUMENT, WARNING, FieldPatterns.VERIFICATION_FORM,
            "filing-process §4 step 4 (Guangdong individuals hand-copy the commitment)",
            "verification_form.commitment_copy.individual");

    private final Topic topic;
    private final Severity severity;
    private final List<String> fields;
    private final String source;
    private final List<String> provinceKeys;

    Rule(Topic topic, Severity severity, List<String> fields, String source, String... provinceKeys) {
        this.topic = topic;
        this.severity = severity;
        this.fields = List.copyOf(fields);
        this.source = source;
        this.provinceKeys = List.of(provinceKeys);
    }

    /** The stable code: the constant's name. */
    public String code() {
        return name();
    }

    public Topic topic() {
        return topic;
    }

    public Severity severity() {
        return severity;
    }

    /** Field path patterns this rule reports on (see {@link FieldPatterns}). */
    public List<String> fields() {
        return fields;
    }

    /** Where the rule comes from: spec section, standard, regulation or province notice. */
    public String source() {
        return source;
    }

    /** The province rule keys (province_rules.csv) whose values decide whether and how the rule applies. */
    public List<String> provinceKeys() {
        return provinceKeys;
    }

    /** The message with its placeholders ({0}, …) left in: for documentation and rule listings. */
    public String messageTemplate(Locale locale) {
        return RuleTexts.readableTemplate(locale, code() + ".message");
    }

    public String fixTemplate(Locale locale) {
        return RuleTexts.readableTemplate(locale, code() + ".fix");
    }
}
