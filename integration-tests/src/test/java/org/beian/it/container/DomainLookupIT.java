package org.beian.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.beian.application.desk.ApplicantDesk;
import org.beian.application.dto.CheckReport;
import org.beian.application.dto.FindingView;
import org.beian.domain.model.BeijingTime;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderType;
import org.beian.infrastructure.persistence.jpa.StandInRegistrar;
import org.beian.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The checks ask the registrar (through the DomainLookup port; the stand-in registrar here) who holds a
 * domain, so "the registrant is the subject" rests on the registrar's word and not only on what the
 * applicant typed: unknown to the registrar, nothing is said; held by another company, the domain's field
 * is told; transferred to the subject, the finding is gone.
 */
@ExtendWith(ArquillianExtension.class)
class DomainLookupIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    WorkflowFixture fixture;

    @Inject
    ApplicantDesk applicantDesk;

    @Inject
    StandInRegistrar registrar;

    @Test
    void theRegistrarsRegistrantIsCheckedAgainstTheSubjectOnTheDomainsField() {
        WorkflowFixture.Applicant applicant = fixture.newApplicant();
        FilingSnapshot snapshot = fixture.enterpriseFirstFiling(applicant, "企业官方网站");
        String domain = snapshot.websites().get(0).domains().get(0);
        String subject = snapshot.subject().name();
        assertEquals(List.of(), registrantFindings(applicant, snapshot), "a domain the registrar does not know: nothing to compare");

        LocalDate inTwoYears = BeijingTime.today().plusYears(2);
        registrar.register(domain, inTwoYears, "深圳市另一家科技有限公司");
        List<FindingView> held = registrantFindings(applicant, snapshot);
        assertEquals(1, held.size(), held.toString());
        assertEquals("websites[0].domains[0]", held.get(0).field());
        assertEquals("ERROR", held.get(0).severity());
        assertTrue(held.get(0).message().contains("深圳市另一家科技有限公司") && held.get(0).message().contains(domain), held.get(0).message());

        registrar.register(domain.toUpperCase(Locale.ROOT), inTwoYears, subject);
        assertEquals(List.of(), registrantFindings(applicant, snapshot), "transferred to the subject");
    }

    private List<FindingView> registrantFindings(WorkflowFixture.Applicant applicant, FilingSnapshot snapshot) {
        CheckReport report = applicantDesk.checkDraft(applicant.caller(), OrderType.FIRST_FILING, snapshot, null, Locale.SIMPLIFIED_CHINESE);
        return report.findings().stream().filter(f -> f.code().equals("DOMAIN_REGISTRANT_NOT_SUBJECT")).toList();
    }
}
