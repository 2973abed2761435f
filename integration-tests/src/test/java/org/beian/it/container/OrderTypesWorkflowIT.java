package org.beian.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beian.application.desk.ApplicantDesk;
import org.beian.application.desk.ReviewerDesk;
import org.beian.application.desk.SystemDesk;
import org.beian.application.dto.CheckReport;
import org.beian.application.dto.NewOrder;
import org.beian.application.dto.OrderView;
import org.beian.application.dto.SubjectView;
import org.beian.application.dto.SubmitRequest;
import org.beian.application.security.Caller;
import org.beian.domain.model.filing.CloudServiceData;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.filing.SubjectData;
import org.beian.domain.model.filing.WebsiteData;
import org.beian.domain.model.registry.SubjectStatus;
import org.beian.domain.model.registry.WebsiteStatus;
import org.beian.infrastructure.bureau.simulator.MinistrySmsCheck;
import org.beian.infrastructure.sms.model.SmsMessage;
import org.beian.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The other seven order types, each from draft to the bureau's answer, and expiry. */
@ExtendWith(ArquillianExtension.class)
class OrderTypesWorkflowIT {

    private static final Pattern PASSWORD = Pattern.compile("备案密码为([A-Za-z0-9]+)");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    ApplicantDesk applicantDesk;

    @Inject
    ReviewerDesk reviewerDesk;

    @Inject
    SystemDesk systemDesk;

    @Inject
    WorkflowFixture fixture;

    @Inject
    MinistrySmsCheck smsChecks;


    @PersistenceContext(unitName = "beian")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Test
    void addWebsiteToASubjectFiledHere() {
        Filed filed = firstFiling();
        SubjectView subject = filed.subject();
        String domain = "add" + TestData.unique() + ".cn";
        WebsiteData website = new WebsiteData("企业产品展示", List.of(domain), List.of("www." + domain), "ORGANISATION_PORTAL",
                List.of("NONE"), List.of("zh-CN"), null, true, null,
                List.of(new CloudServiceData("SERVER", filed.applicant().serverInstance(), "203.0.113.50")), null);
        OrderView order = draft(filed.applicant().caller(), OrderType.ADD_WEBSITE_SUBJECT_HERE, subject.icpNumber(),
                new FilingSnapshot(subject.data(), List.of(website)), "websites[0].verificationForm");

        run(filed, order, true, 2, null);

        SubjectView after = applicantDesk.getSubject(filed.applicant().caller(), subject.icpNumber());
        assertEquals(2, after.websites().size());
        assertEquals(subject.icpNumber() + "-2", after.websites().get(1).icpNumber());
    }

    @Test
    void changeTheSubjectsMailingAddress() {
        Filed filed = firstFiling();
        SubjectData s = filed.subject().data();
        SubjectData changed = new SubjectData(s.provinceCode(), s.cityCode(), s.districtCode(), s.nature(), s.certificateType(),
                s.certificateNumber(), s.name(), s.certificateAddress(), s.investor(), s.legalRepresentative(),
                "广东省深圳市南山区科苑路9号2栋202室", s.remark(), s.principal(), s.icpNumber());
        OrderView order = draft(filed.applicant().caller(), OrderType.CHANGE, s.icpNumber(),
                new FilingSnapshot(changed, List.of()));

        run(filed, order, true, 2, null);

        assertEquals("广东省深圳市南山区科苑路9号2栋202室",
                applicantDesk.getSubject(filed.applicant().caller(), s.icpNumber()).data().mailingAddress());
    }

    @Test
    void cancelAWebsite() {
        Filed filed = firstFiling();
        WebsiteData website = filed.subject().websites().get(0).data();
        OrderView order = draft(filed.applicant().caller(), OrderType.CANCEL_WEBSITE, filed.subject().icpNumber(),
                new FilingSnapshot(filed.subject().data(), List.of(website)));

        run(filed, order, false, 2, null);

        assertEquals(WebsiteStatus.CANCELLED,
                applicantDesk.getSubject(filed.applicant().caller(), filed.subject().icpNumber()).websites().get(0).status());
    }

    @Test
    void cancelAccessLeavesAShell() {
        Filed filed = firstFiling();
        WebsiteData website = filed.subject().websites().get(0).data();
        OrderView order = draft(filed.applicant().caller(), OrderType.CANCEL_ACCESS, filed.subject().icpNumber(),
                new FilingSnapshot(filed.subject().data(), List.of(website)));

        run(filed, order, false, 0, null);

        SubjectView after = applicantDesk.getSubject(filed.applicant().caller(), filed.subject().icpNumber());
        assertEquals(WebsiteStatus.SHELL, after.websites().get(0).status());
        assertEquals(SubjectStatus.SHELL, after.status());
    }

    @Test
    void cancelTheSubjectWithItsFilingPassword() {
        Filed filed = firstFiling();
        OrderView order = draft(filed.applicant().caller(), OrderType.CANCEL_SUBJECT, filed.subject().icpNumber(),
                new FilingSnapshot(filed.subject().data(), List.of()));

        run(filed, order, false, 2, filed.filingPassword());

        SubjectView after = applicantDesk.getSubject(filed.applicant().caller(), filed.subject().icpNumber());
        assertEquals(SubjectStatus.CANCELLED, after.status());
        assertTrue(after.websites().stream().allMatch(w -> w.status() == WebsiteStatus.CANCELLED));
    }

    @Test
    void accessFilingOfASiteFiledThroughAnotherProvider() throws Exception {
        WorkflowFixture.Applicant applicant = fixture.newApplicant();
        FilingSnapshot template = fixture.enterpriseFirstFiling(applicant, "企业官方网站");
        String subjectNumber = "粤ICP备" + (20_000_000 + (int) (Math.random() * 9_999_999)) + "号";
        String domain = template.websites().get(0).domains().get(0);
        fixture.nationalRecord(template.subject(), subjectNumber, domain, "Access@2026");

        SubjectData subject = WorkflowFixture.withIcp(template.subject(), subjectNumber);
        WebsiteData w = template.websites().get(0);
        WebsiteData website = new WebsiteData(w.name(), w.domains(), w.homepageUrls(), w.serviceContent(), w.preApprovalTypes(),
                w.languages(), w.remark(), w.principalSameAsSubject(), w.principal(), w.cloudServices(), subjectNumber + "-1");
        Filed filed = new Filed(applicant, fixture.newReviewer(), null, null);
        OrderView order = draft(applicant.caller(), OrderType.ACCESS, null, new FilingSnapshot(subject, List.of(website)),
                "websites[0].verificationForm", "subject.licence", "subject.principal.id.both");

        run(filed, order, true, 1, "Access@2026", subject);

        SubjectView after = applicantDesk.getSubject(applicant.caller(), subjectNumber);
        assertEquals(subjectNumber + "-1", after.websites().get(0).icpNumber());
        assertEquals(2, after.websites().get(0).accessProviders().size(), "the other provider and this one");
    }

    @Test
    void addWebsiteToASubjectFiledElsewhere() throws Exception {
        WorkflowFixture.Applicant applicant = fixture.newApplicant();
        FilingSnapshot template = fixture.enterpriseFirstFiling(applicant, "企业新品网站");
        String subjectNumber = "粤ICP备" + (30_000_000 + (int) (Math.random() * 9_999_999)) + "号";
        fixture.nationalRecord(template.subject(), subjectNumber, "old" + TestData.unique() + ".com", "Else@2026");
        Filed filed = new Filed(applicant, fixture.newReviewer(), null, null);
        OrderView order = draft(applicant.caller(), OrderType.ADD_WEBSITE_SUBJECT_ELSEWHERE, null, template,
                "websites[0].verificationForm", "subject.licence", "subject.principal.id.both");

        run(filed, order, true, 1, null, template.subject());

        SubjectView after = applicantDesk.getSubject(applicant.caller(), subjectNumber);
        assertEquals(subjectNumber + "-2", after.websites().get(0).icpNumber(), "numbered after the site filed elsewhere");
    }

    @Test
    void anOrderIdle45DaysExpiresAndCanBeSubmittedAgain() throws Exception {
        WorkflowFixture.Applicant applicant = fixture.newApplicant();
        FilingSnapshot snapshot = fixture.enterpriseFirstFiling(applicant, "企业官方网站");
        OrderView draft = applicantDesk.startDraft(applicant.caller(), new NewOrder(OrderType.FIRST_FILING, null, snapshot, null));
        fixture.confirmMobiles(applicant.caller(), snapshot);
        assertTrue(draft.expiresAt().isAfter(Instant.now().plus(Duration.ofDays(44))), "45 days from creation");

        tx.begin();
        em.createQuery("UPDATE FilingOrder o SET o.expiresAt = :past WHERE o.orderNumber = :number")
                .setParameter("past", Instant.now().minusSeconds(60)).setParameter("number", draft.orderNumber()).executeUpdate();
        tx.commit();
        assertTrue(systemDesk.ordersDueToExpire(Instant.now()).contains(draft.orderNumber()));
        systemDesk.expire(draft.orderNumber());

        OrderView expired = applicantDesk.getOrder(applicant.caller(), draft.orderNumber());
        assertEquals(OrderState.EXPIRED, expired.state());
        assertEquals(draft.snapshot(), expired.snapshot(), "data kept");
        fixture.attachDocuments(applicant.caller(), draft.orderNumber());
        OrderView current = applicantDesk.getOrder(applicant.caller(), draft.orderNumber());
        assertEquals(OrderState.SUBMITTED, applicantDesk.submit(applicant.caller(),
                new SubmitRequest(draft.orderNumber(), current.version(), true, null, null)).state());
    }

    // ---------------------------------------------------------------- helpers

    record Filed(WorkflowFixture.Applicant applicant, Caller reviewer, SubjectView subject, String filingPassword) {}

    /** A first filing taken all the way to approval, with the filing password the ministry texted. */
    private Filed firstFiling() {
        WorkflowFixture.Applicant applicant = fixture.newApplicant();
        Caller reviewer = fixture.newReviewer();
        FilingSnapshot snapshot = fixture.enterpriseFirstFiling(applicant, "企业官方网站");
        OrderView order = applicantDesk.startDraft(applicant.caller(), new NewOrder(OrderType.FIRST_FILING, null, snapshot, null));
        fixture.confirmMobiles(applicant.caller(), snapshot);
        fixture.attachDocuments(applicant.caller(), order.orderNumber());
        Filed filed = new Filed(applicant, reviewer, null, null);
        run(filed, applicantDesk.getOrder(applicant.caller(), order.orderNumber()), true, 1, null, snapshot.subject());
        String number = applicantDesk.mySubjects(applicant.caller()).get(0).icpNumber();
        String mobile = snapshot.subject().principal().mobile();
        String password = WorkflowFixture.await(() -> em.createNamedQuery("SmsMessage.listByMobile", SmsMessage.class)
                .setParameter("mobile", mobile).getResultList().stream().map(m -> PASSWORD.matcher(m.getText()))
                .filter(Matcher::find).map(m -> m.group(1)).findFirst().orElse(null), Duration.ofSeconds(10), "the filing password");
        return new Filed(applicant, reviewer, applicantDesk.getSubject(applicant.caller(), number), password);
    }

    private OrderView draft(Caller caller, OrderType type, String subjectNumber, FilingSnapshot snapshot, String... purposes) {
        OrderView order = applicantDesk.startDraft(caller, new NewOrder(type, subjectNumber, snapshot, null));
        fixture.confirmMobiles(caller, snapshot);
        for (String purpose : purposes) {
            fixture.attach(caller, order.orderNumber(), org.beian.domain.model.document.DocumentKind.OTHER, purpose);
        }
        return applicantDesk.getOrder(caller, order.orderNumber());
    }

    private void run(Filed filed, OrderView order, boolean photo, int smsCodesSoFar, String password) {
        run(filed, order, photo, smsCodesSoFar, password, filed.subject() == null ? null : filed.subject().data());
    }

    /**
     * Submits, reviews (with the photo step where the type has one), hands to the bureau, answers the
     * SMS check when the type needs one (the n-th code to that mobile) and waits for the approval.
     */
    private void run(Filed filed, OrderView order, boolean photo, int nthCode, String password, SubjectData subject) {
        Caller applicant = filed.applicant().caller();
        CheckReport report = applicantDesk.checkOrder(applicant, order.orderNumber(), password, Locale.ENGLISH);
        assertTrue(report.submittable(), order.type() + " passes every check: " + report.findings());
        fixture.submit(applicant, order, null, password);
        fixture.reviewToBureau(applicant, filed.reviewer(), order.orderNumber(), photo);
        if (nthCode > 0) {
            assertEquals(MinistrySmsCheck.Outcome.ALL_VERIFIED, fixture.passSmsCheck(subject.principal(), nthCode).outcome());
        }
        fixture.awaitState(applicant, order.orderNumber(), OrderState.APPROVED);
    }
}
