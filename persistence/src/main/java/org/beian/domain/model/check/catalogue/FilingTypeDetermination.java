package org.beian.domain.model.check.catalogue;

import static org.beian.domain.model.check.catalogue.Determination.Fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.beian.domain.model.check.Problem;
import org.beian.domain.model.check.Text;
import org.beian.domain.model.check.domain.DomainChecks;
import org.beian.domain.model.check.domain.DomainName;
import org.beian.domain.model.national.NationalRegistry;

/**
 * Determines the filing type from what "start filing" collects (spec §3), against this provider's
 * registry (through {@link CheckContext}) and the national registry. Change and cancellation types are
 * chosen by the applicant from the filed records and are not determined here.
 *
 * <p>The order checks use the same decision ({@link #decide}) so that an order whose type no longer fits
 * the registries (someone filed the subject meanwhile) is caught before submission.
 */
public final class FilingTypeDetermination {

    public static final String SUBJECT_ICP_NUMBER = "subjectIcpNumber";
    public static final String WEBSITE_ICP_NUMBER = "websiteIcpNumber";
    public static final String ACCESS_PROVIDERS = "accessProviders";
    public static final String DOMAIN = "domain";
    public static final String NEW_DOMAINS = "newDomains";
    public static final String PROBLEMS = "problems";
    public static final String FILED_NATURE = "filedNature";
    public static final String FILED_PROVINCE = "filedProvince";
    public static final String CLOUD_SERVICE = "cloudService";

    /** Where cloud-service findings of the determination report: the first website of the order to be. */
    static final String CLOUD_SERVICE_FIELD = "websites[0].cloudServices[0]";

    public Determination determine(StartFilingRequest request, LocalDate today, ReferenceLists reference,
                                   CheckContext context) {
        List<String> entered = request.domains().stream().filter(Evaluation::present).toList();
        if (entered.isEmpty()) {
            return Determination.of(DeterminationOutcome.REFUSED_DOMAIN_REQUIRED);
        }
        DomainChecks domainChecks = new DomainChecks(reference.fileableSuffixes());
        List<String> domains = new ArrayList<>();
        for (int j = 0; j < entered.size(); j++) {
            String raw = entered.get(j);
            List<Problem> problems = domainChecks.check(raw);
            if (!problems.isEmpty()) {
                String field = "websites[0].domains[" + j + "]";
                List<Finding> findings = problems.stream()
                        .map(problem -> new Finding(ProblemRules.ruleFor(problem), field,
                                problem.arguments().stream().map(Finding.Argument::of).toList(), null))
                        .toList();
                return refusal(DeterminationOutcome.REFUSED_DOMAIN_INVALID, new Fact(DOMAIN, Text.fold(raw)), findings);
            }
            domains.add(DomainName.parse(raw).orElseThrow().unicode());
        }
        Determination decided = decide(request.provinceCode(), request.nature(), request.certificateType(),
                request.certificateNumber(), domains, context);
        if (decided.refused() || request.cloudService() == null) {
            return decided;
        }
        List<Finding> cloud = CloudServiceEligibility.check(request.cloudService(), CLOUD_SERVICE_FIELD, 1, today, context);
        if (cloud.isEmpty()) {
            return decided;
        }
        return refusal(DeterminationOutcome.REFUSED_CLOUD_SERVICE_NOT_ELIGIBLE,
                new Fact(CLOUD_SERVICE, Objects.toString(request.cloudService().reference(), "")), cloud);
    }

    /** A refusal explained by findings; their codes are also a fact, for machines. */
    private static Determination refusal(DeterminationOutcome outcome, Fact subject, List<Finding> findings) {
        String codes = findings.stream().map(Finding::code).distinct().collect(Collectors.joining(", "));
        return new Determination(outcome, List.of(subject, new Fact(PROBLEMS, codes)), findings);
    }

    /** The decision on normalised, valid domains (possibly none: then only the subject decides). */
    static Determination decide(String provinceCode, String nature, String certificateType, String certificateNumber,
                                List<String> domains, CheckContext context) {
        SubjectStanding subject = SubjectStanding.of(certificateType, certificateNumber, context);
        if (subject.kind() == SubjectStanding.Kind.HERE_OTHER_ACCOUNT) {
            return Determination.of(DeterminationOutcome.REFUSED_SUBJECT_UNDER_OTHER_ACCOUNT,
                    new Fact(SUBJECT_ICP_NUMBER, subject.icpNumber()));
        }
        List<NationalRegistry.WebsiteRecord> filed = new ArrayList<>();
        List<String> filedDomains = new ArrayList<>();
        List<String> newDomains = new ArrayList<>();
        for (String domain : domains) {
            var here = context.findWebsiteFiledHereByDomain(domain);
            if (here.isPresent()) {
                return Determination.of(here.get().sameAccount()
                                ? DeterminationOutcome.REFUSED_DOMAIN_FILED_HERE_THIS_ACCOUNT
                                : DeterminationOutcome.REFUSED_DOMAIN_FILED_HERE_OTHER_ACCOUNT,
                        new Fact(DOMAIN, domain), new Fact(WEBSITE_ICP_NUMBER, here.get().websiteIcpNumber()));
            }
            var elsewhere = context.nationalRegistry().findByDomain(domain);
            if (elsewhere.isEmpty()) {
                newDomains.add(domain);
                continue;
            }
            NationalRegistry.SubjectRecord owner = elsewhere.get().subject();
            if (owner == null || !Persons.sameCertificate(owner.certificateType(), owner.certificateNumber(),
                    certificateType, certificateNumber)) {
                return Determination.of(DeterminationOutcome.REFUSED_DOMAIN_FILED_BY_OTHER_SUBJECT,
                        new Fact(DOMAIN, domain), new Fact(WEBSITE_ICP_NUMBER, elsewhere.get().icpNumber()));
            }
            filed.add(elsewhere.get());
            filedDomains.add(domain);
        }
        if (!filed.isEmpty() && !newDomains.isEmpty()) {
            return Determination.of(DeterminationOutcome.REFUSED_DOMAINS_MIXED,
                    new Fact(DOMAIN, String.join(", ", filedDomains)), new Fact(NEW_DOMAINS, String.join(", ", newDomains)));
        }
        if (subject.filedNature() != null && differs(nature, subject.filedNature())
                || subject.filedProvinceCode() != null && differs(provinceCode, subject.filedProvinceCode())) {
            return Determination.of(DeterminationOutcome.REFUSED_SUBJECT_RECORD_DIFFERS,
                    new Fact(SUBJECT_ICP_NUMBER, subject.icpNumber()), new Fact(FILED_NATURE, subject.filedNature()),
                    new Fact(FILED_PROVINCE, subject.filedProvinceCode()));
        }
        if (!filed.isEmpty()) {
            String subjectIcp = filed.get(0).subject().icpNumber();
            return Determination.of(DeterminationOutcome.ACCESS,
                    new Fact(SUBJECT_ICP_NUMBER, subjectIcp),
                    new Fact(WEBSITE_ICP_NUMBER, filed.stream().map(NationalRegistry.WebsiteRecord::icpNumber)
                            .distinct().collect(Collectors.joining(", "))),
                    new Fact(ACCESS_PROVIDERS, filed.stream().flatMap(w -> w.accessProviders().stream())
                            .distinct().collect(Collectors.joining(", "))));
        }
        return switch (subject.kind()) {
            case HERE_THIS_ACCOUNT -> Determination.of(DeterminationOutcome.ADD_WEBSITE_SUBJECT_HERE,
                    new Fact(SUBJECT_ICP_NUMBER, subject.icpNumber()));
            case ELSEWHERE -> Determination.of(DeterminationOutcome.ADD_WEBSITE_SUBJECT_ELSEWHERE,
                    new Fact(SUBJECT_ICP_NUMBER, subject.icpNumber()));
            default -> Determination.of(DeterminationOutcome.FIRST_FILING);
        };
    }

    /** Only a value that was entered can differ from the record. */
    private static boolean differs(String entered, String recorded) {
        return Evaluation.present(entered) && !Text.fold(entered).equals(Text.fold(recorded));
    }
}
