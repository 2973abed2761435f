package org.beian.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import org.beian.application.BusinessException;
import org.beian.application.ChecksFailedException;
import org.beian.application.TransitionRefusedException;
import org.beian.application.desk.ApplicantDesk;
import org.beian.application.desk.ReviewerDesk;
import org.beian.application.dto.NewOrder;
import org.beian.application.dto.OrderView;
import org.beian.application.dto.RemarkInput;
import org.beian.application.dto.SubmitRequest;
import org.beian.application.security.Caller;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.SubjectData;
import org.beian.domain.model.filing.workflow.FieldChange;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.filing.WebsiteData;
import org.beian.domain.model.registry.SubjectSummary;
import org.beian.infrastructure.bureau.simulator.MinistrySmsCheck;
import org.beian.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A first filing from draft to ICP number through the services and the bureau simulator. */
@ExtendWith(ArquillianExtension.class)
class FirstFilingWorkflowIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    ApplicantDesk applicantDesk;

    @Inject
    ReviewerDesk reviewerDesk;

    @Inject
    WorkflowFixture fixture;

    @Inject
    MinistrySmsCheck smsChecks;

    @Test
    void aFirstFilingGoesFromDraftToIcpNumbers() {
        WorkflowFixture.Applicant applicant = fixture.newApplicant();
        Caller reviewer = fixture.newReviewer();
        FilingSnapshot snapshot = fixture.enterpriseFirstFiling(applicant, "企业官方网站");
        OrderView order = readyDraft(applicant, snapshot);

        order = submit(applicant, order, "key-" + TestData.unique());
        assertEquals(OrderState.SUBMITTED, order.state());
        assertNotNull(order.reviewDueAt(), "the applicant is told by when the review happens");

        reviewerDesk.claim(reviewer, order.orderNumber());
        order = reviewerDesk.approveInitial(reviewer, order.orderNumber(), null);
        assertEquals(OrderState.AWAITING_PHOTO, order.state());

        order = applicantDesk.submitPhoto(applicant.caller(), order.orderNumber(), fixture.uploadPhoto(applicant.caller()));
        assertEquals(OrderState.PHOTO_SUBMITTED, order.state());
        reviewerDesk.claim(reviewer, order.orderNumber());
        order = reviewerDesk.approvePhoto(reviewer, order.orderNumber());
        assertEquals(OrderState.AWAITING_BUREAU, order.state());

        order = reviewerDesk.submitToBureau(reviewer, List.of(order.orderNumber())).get(0);
        assertEquals(OrderState.AT_BUREAU, order.state());
        assertNotNull(order.bureauDueAt());

        passSmsCheck(snapshot);
        OrderView approved = awaitState(applicant.caller(), order.orderNumber(), OrderState.APPROVED);

        List<SubjectSummary> subjects = applicantDesk.mySubjects(applicant.caller());
        assertEquals(1, subjects.size());
        String number = subjects.get(0).icpNumber();
        assertTrue(number.matches("粤ICP备\\d{8}号"), number);
        assertEquals(number + "-1", applicantDesk.getSubject(applicant.caller(), number).websites().get(0).icpNumber());
        assertEquals(List.of(OrderState.DRAFT, OrderState.SUBMITTED, OrderState.AWAITING_PHOTO, OrderState.PHOTO_SUBMITTED,
                        OrderState.AWAITING_BUREAU, OrderState.AT_BUREAU, OrderState.APPROVED),
                approved.history().stream().map(OrderView.HistoryLine::to).toList());
    }

    @Test
    void rejectionsAtEveryStepLoopBackAndTheEndIsOneSubject() {
        WorkflowFixture.Applicant applicant = fixture.newApplicant();
        Caller reviewer = fixture.newReviewer();
        // The simulated bureau rejects names containing its trigger text.
        FilingSnapshot snapshot = fixture.enterpriseFirstFiling(applicant, "管局驳回测试网站");
        OrderView order = submit(applicant, readyDraft(applicant, snapshot), null);

        reviewerDesk.claim(reviewer, order.orderNumber());
        order = reviewerDesk.rejectInitial(reviewer, order.orderNumber(),
                List.of(new RemarkInput("subject.mailingAddress", "地址不够详细", "请填写到门牌号")));
        assertEquals(OrderState.INITIAL_REJECTED, order.state());
        // Sent back exactly as it was returned: refused with a message, nothing changes.
        OrderView returned = order;
        BusinessException unchanged = assertThrows(BusinessException.class, () -> submit(applicant, returned, null));
        assertEquals("error.submit.unchanged", unchanged.getMessageKey());
        assertEquals(OrderState.INITIAL_REJECTED, applicantDesk.getOrder(applicant.caller(), order.orderNumber()).state());
        SubjectData s = order.snapshot().subject();
        SubjectData completed = new SubjectData(s.provinceCode(), s.cityCode(), s.districtCode(), s.nature(), s.certificateType(),
                s.certificateNumber(), s.name(), s.certificateAddress(), s.investor(), s.legalRepresentative(),
                s.mailingAddress() + "1号", s.remark(), s.principal(), s.icpNumber());
        order = applicantDesk.saveDraft(applicant.caller(), order.orderNumber(), order.version(),
                new FilingSnapshot(completed, order.snapshot().websites()));
        order = submit(applicant, order, null);
        var changes = reviewerDesk.changesSinceRejection(reviewer, order.orderNumber());
        assertEquals(List.of("subject.mailingAddress"), changes.changes().stream().map(c -> c.path()).toList(),
                "the reviewer sees the one field fixed: " + changes);
        reviewerDesk.claim(reviewer, order.orderNumber());
        order = reviewerDesk.approveInitial(reviewer, order.orderNumber(), null);

        order = applicantDesk.submitPhoto(applicant.caller(), order.orderNumber(), fixture.uploadPhoto(applicant.caller()));
        reviewerDesk.claim(reviewer, order.orderNumber());
        order = reviewerDesk.rejectPhoto(reviewer, order.orderNumber(), "幕布照片背景不完整");
        assertEquals(OrderState.PHOTO_REJECTED, order.state());
        order = applicantDesk.submitPhoto(applicant.caller(), order.orderNumber(), fixture.uploadPhoto(applicant.caller()));
        reviewerDesk.claim(reviewer, order.orderNumber());
        order = reviewerDesk.approvePhoto(reviewer, order.orderNumber());
        order = reviewerDesk.submitToBureau(reviewer, List.of(order.orderNumber())).get(0);
        passSmsCheck(snapshot);
        order = awaitState(applicant.caller(), order.orderNumber(), OrderState.BUREAU_REJECTED);
        assertTrue(applicantDesk.mySubjects(applicant.caller()).isEmpty(), "a rejection changes no registry");

        // The applicant renames the website and goes round again.
        WebsiteData website = order.snapshot().websites().get(0);
        FilingSnapshot fixed = new FilingSnapshot(order.snapshot().subject(), List.of(new WebsiteData("企业产品中心",
                website.domains(), website.homepageUrls(), website.serviceContent(), website.preApprovalTypes(), website.languages(),
                website.remark(), website.principalSameAsSubject(), website.principal(), website.cloudServices(), null)));
        order = applicantDesk.saveDraft(applicant.caller(), order.orderNumber(), order.version(), fixed);
        order = submit(applicant, order, null);
        // The review screen's diff against what the bureau rejected: exactly the renamed website.
        assertEquals(List.of(new FieldChange("websites[0].name", "管局驳回测试网站", "企业产品中心")),
                reviewerDesk.changesSinceRejection(reviewer, order.orderNumber()).changes());
        reviewerDesk.claim(reviewer, order.orderNumber());
        order = reviewerDesk.approveInitial(reviewer, order.orderNumber(), null);
        order = applicantDesk.submitPhoto(applicant.caller(), order.orderNumber(), fixture.uploadPhoto(applicant.caller()));
        reviewerDesk.claim(reviewer, order.orderNumber());
        reviewerDesk.approvePhoto(reviewer, order.orderNumber());
        reviewerDesk.submitToBureau(reviewer, List.of(order.orderNumber()));
        passSmsCheck(fixed, 2);
        awaitState(applicant.caller(), order.orderNumber(), OrderState.APPROVED);

        List<SubjectSummary> subjects = applicantDesk.mySubjects(applicant.caller());
        assertEquals(1, subjects.size(), "exactly one subject");
        assertEquals(1, applicantDesk.getSubject(applicant.caller(), subjects.get(0).icpNumber()).websites().size());
        assertEquals("企业产品中心", applicantDesk.getSubject(applicant.caller(), subjects.get(0).icpNumber()).websites().get(0).data().name());
    }

    @Test
    void fiveWrongSmsCodesAndTheNextAttemptReturnsTheOrderToTheProvider() {
        WorkflowFixture.Applicant applicant = fixture.newApplicant();
        Caller reviewer = fixture.newReviewer();
        FilingSnapshot snapshot = fixture.enterpriseFirstFiling(applicant, "企业服务平台");
        OrderView order = atBureau(applicant, reviewer, snapshot);
        String mobile = snapshot.subject().principal().mobile();
        String last6 = last6(snapshot);
        String code = fixture.awaitSmsCode(mobile, 1);
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int attempt = 1; attempt <= 5; attempt++) {
            MinistrySmsCheck.Result result = smsChecks.verify(mobile, wrong, last6);
            assertEquals(MinistrySmsCheck.Outcome.WRONG, result.outcome());
            assertEquals(5 - attempt, result.attemptsLeft());
        }
        assertEquals(MinistrySmsCheck.Outcome.RETURNED_TO_PROVIDER, smsChecks.verify(mobile, code, last6).outcome(),
                "even the right code is too late after five wrong ones");
        OrderView returned = applicantDesk.getOrder(applicant.caller(), order.orderNumber());
        assertEquals(OrderState.AWAITING_BUREAU, returned.state());
        assertTrue(returned.history().get(returned.history().size() - 1).reason().contains("短信核验"));
    }

    @Test
    void twoReviewersClaimingOneOrderOneSucceedsTheOtherIsRefused() {
        WorkflowFixture.Applicant applicant = fixture.newApplicant();
        Caller first = fixture.newReviewer();
        Caller second = fixture.newReviewer();
        OrderView order = submit(applicant, readyDraft(applicant, fixture.enterpriseFirstFiling(applicant, "企业官方网站")), null);

        reviewerDesk.claim(first, order.orderNumber());
        BusinessException refused = assertThrows(BusinessException.class, () -> reviewerDesk.claim(second, order.orderNumber()));
        assertEquals("error.claim.taken", refused.getMessageKey());
        assertThrows(BusinessException.class, () -> reviewerDesk.approveInitial(second, order.orderNumber(), null),
                "no decision without the claim");
        assertEquals(OrderState.AWAITING_PHOTO, reviewerDesk.approveInitial(first, order.orderNumber(), null).state());
    }

    @Test
    void theSameSubmissionSentTwiceWithOneKeyIsOneSubmission() {
        WorkflowFixture.Applicant applicant = fixture.newApplicant();
        OrderView draft = readyDraft(applicant, fixture.enterpriseFirstFiling(applicant, "企业官方网站"));
        SubmitRequest request = new SubmitRequest(draft.orderNumber(), draft.version(), true, "submit-" + TestData.unique(), null);

        OrderView once = applicantDesk.submit(applicant.caller(), request);
        OrderView twice = applicantDesk.submit(applicant.caller(), request);

        assertEquals(once.version(), twice.version());
        assertEquals(1, twice.history().stream().filter(h -> h.to() == OrderState.SUBMITTED).count());
    }

    @Test
    void submissionIsRefusedWhileTheChecksReportErrorsAndWithoutTheTerms() {
        WorkflowFixture.Applicant applicant = fixture.newApplicant();
        FilingSnapshot snapshot = fixture.enterpriseFirstFiling(applicant, "企业官方网站");
        OrderView draft = applicantDesk.startDraft(applicant.caller(), new NewOrder(OrderType.FIRST_FILING, null, snapshot, null));

        ChecksFailedException refused = assertThrows(ChecksFailedException.class, () -> applicantDesk.submit(applicant.caller(),
                new SubmitRequest(draft.orderNumber(), draft.version(), true, null, null)));
        assertTrue(refused.getFindings().stream().anyMatch(f -> f.fieldPath().startsWith("documents.")), refused.getFindings().toString());

        fixture.attachDocuments(applicant.caller(), draft.orderNumber());
        OrderView current = applicantDesk.getOrder(applicant.caller(), draft.orderNumber());
        BusinessException terms = assertThrows(BusinessException.class, () -> applicantDesk.submit(applicant.caller(),
                new SubmitRequest(draft.orderNumber(), current.version(), false, null, null)));
        assertEquals("error.submit.termsNotAgreed", terms.getMessageKey());
    }

    @Test
    void withdrawBeforeTheResultAndAbandonBeforeTheBureauButNotAfter() {
        WorkflowFixture.Applicant applicant = fixture.newApplicant();
        Caller reviewer = fixture.newReviewer();
        OrderView withdrawn = submit(applicant, readyDraft(applicant, fixture.enterpriseFirstFiling(applicant, "企业官方网站")), null);
        assertEquals(OrderState.WITHDRAWN, applicantDesk.withdraw(applicant.caller(), withdrawn.orderNumber(), "信息填写有误").state());

        WorkflowFixture.Applicant other = fixture.newApplicant();
        FilingSnapshot snapshot = fixture.enterpriseFirstFiling(other, "企业官方网站");
        OrderView order = submit(other, readyDraft(other, snapshot), null);
        reviewerDesk.claim(reviewer, order.orderNumber());
        reviewerDesk.approveInitial(reviewer, order.orderNumber(), null);
        TransitionRefusedException late = assertThrows(TransitionRefusedException.class,
                () -> applicantDesk.withdraw(other.caller(), order.orderNumber(), null));
        assertEquals("error.transition.notAllowed", late.getMessageKey());
        assertEquals(OrderState.ABANDONED, applicantDesk.abandon(other.caller(), order.orderNumber(), "暂不备案").state());

        WorkflowFixture.Applicant third = fixture.newApplicant();
        OrderView atBureau = atBureau(third, reviewer, fixture.enterpriseFirstFiling(third, "企业官方网站"));
        assertThrows(TransitionRefusedException.class, () -> applicantDesk.abandon(third.caller(), atBureau.orderNumber(), null),
                "nothing once at the bureau");
    }

    @Test
    void aReviewerCorrectsASmallMistakeInPlaceAndTheChangeIsRecorded() {
        WorkflowFixture.Applicant applicant = fixture.newApplicant();
        Caller reviewer = fixture.newReviewer();
        OrderView order = submit(applicant, readyDraft(applicant, fixture.enterpriseFirstFiling(applicant, "企业官方网站")), null);
        WebsiteData w = order.snapshot().websites().get(0);
        FilingSnapshot corrected = new FilingSnapshot(order.snapshot().subject(), List.of(new WebsiteData("企业官方门户",
                w.domains(), w.homepageUrls(), w.serviceContent(), w.preApprovalTypes(), w.languages(), w.remark(),
                w.principalSameAsSubject(), w.principal(), w.cloudServices(), null)));

        reviewerDesk.claim(reviewer, order.orderNumber());
        OrderView after = reviewerDesk.correct(reviewer, order.orderNumber(), corrected, "网站名称按申请人电话确认修改");

        assertEquals(OrderState.SUBMITTED, after.state(), "still under the same initial review");
        assertEquals("企业官方门户", after.snapshot().websites().get(0).name());
        String record = after.history().get(after.history().size() - 1).reason();
        assertTrue(record.contains("企业官方网站") && record.contains("企业官方门户"), "before and after recorded: " + record);
    }

    @Test
    void aNewSmsCodeCanBeSentThreeTimesAndTheLatestCounts() {
        WorkflowFixture.Applicant applicant = fixture.newApplicant();
        Caller reviewer = fixture.newReviewer();
        FilingSnapshot snapshot = fixture.enterpriseFirstFiling(applicant, "企业官方网站");
        OrderView order = atBureau(applicant, reviewer, snapshot);
        String mobile = snapshot.subject().principal().mobile();
        fixture.awaitSmsCode(mobile, 1);
        for (int resend = 1; resend <= 3; resend++) {
            assertEquals(3 - resend, smsChecks.resend(mobile).attemptsLeft());
        }
        assertEquals(0, smsChecks.resend(mobile).attemptsLeft(), "no fourth resend");
        String latest = fixture.awaitSmsCode(mobile, 4);
        assertEquals(MinistrySmsCheck.Outcome.ALL_VERIFIED, smsChecks.verify(mobile, latest, last6(snapshot)).outcome());
        awaitState(applicant.caller(), order.orderNumber(), OrderState.APPROVED);
    }

    private OrderView readyDraft(WorkflowFixture.Applicant applicant, FilingSnapshot snapshot) {
        return fixture.readyFirstFiling(applicant.caller(), snapshot);
    }

    private OrderView submit(WorkflowFixture.Applicant applicant, OrderView order, String key) {
        return fixture.submit(applicant.caller(), order, key, null);
    }

    private OrderView atBureau(WorkflowFixture.Applicant applicant, Caller reviewer, FilingSnapshot snapshot) {
        OrderView order = submit(applicant, readyDraft(applicant, snapshot), null);
        return fixture.reviewToBureau(applicant.caller(), reviewer, order.orderNumber(), true);
    }

    private void passSmsCheck(FilingSnapshot snapshot) {
        passSmsCheck(snapshot, 1);
    }

    private void passSmsCheck(FilingSnapshot snapshot, int nthCode) {
        assertEquals(MinistrySmsCheck.Outcome.ALL_VERIFIED, fixture.passSmsCheck(snapshot.subject().principal(), nthCode).outcome());
    }

    private static String last6(FilingSnapshot snapshot) {
        String id = snapshot.subject().principal().certificateNumber();
        return id.substring(id.length() - 6);
    }

    private OrderView awaitState(Caller caller, String orderNumber, OrderState state) {
        return fixture.awaitState(caller, orderNumber, state);
    }
}
