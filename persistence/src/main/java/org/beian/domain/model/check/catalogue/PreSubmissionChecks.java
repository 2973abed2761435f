package org.beian.domain.model.check.catalogue;

import java.util.List;

/**
 * Evaluates an order against the whole catalogue and returns every finding at once, in a stable order
 * (order, subject, principals, phones, domains, homepages, website names, website content, cloud
 * services, documents), so the applicant fixes everything in one pass instead of one rejection a day.
 */
public final class PreSubmissionChecks {

    private static final List<CheckFamily> FAMILIES = List.of(
            new OrderChecks(),
            new SubjectChecks(),
            new PrincipalChecks(),
            new PhoneChecks(),
            new WebsiteDomainChecks(),
            new HomepageChecks(),
            new WebsiteNameChecks(),
            new WebsiteContentChecks(),
            new CloudServiceChecks(),
            new DocumentChecks());

    public List<Finding> evaluate(CheckRequest request) {
        Evaluation evaluation = new Evaluation(request);
        for (CheckFamily family : FAMILIES) {
            family.check(evaluation);
        }
        return evaluation.findings();
    }

    public static boolean blocksSubmission(List<Finding> findings) {
        return findings.stream().anyMatch(finding -> finding.severity().blocksSubmission());
    }
}
