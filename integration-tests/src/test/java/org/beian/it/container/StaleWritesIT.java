package org.beian.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.beian.application.ConcurrentChangeException;
import java.math.BigDecimal;
import org.beian.application.desk.AccountDesk;
import org.beian.application.desk.AdministrationDesk;
import org.beian.application.dto.AuthorisationCodeView;
import org.beian.application.dto.CurtainShipment;
import org.beian.application.dto.CurtainView;
import org.beian.application.dto.NewAuthorisationCode;
import org.beian.application.dto.ReasonTemplateView;
import org.beian.application.dto.VerificationPointInput;
import org.beian.application.dto.VerificationPointView;
import org.beian.application.desk.ApplicantDesk;
import org.beian.application.desk.BureauDesk;
import org.beian.application.desk.ReviewerDesk;
import org.beian.application.dto.BureauApproval;
import org.beian.application.dto.InboxView;
import org.beian.application.dto.OrderView;
import org.beian.application.dto.RemarkInput;
import org.beian.application.security.Caller;
import org.beian.domain.model.BeijingTime;
import org.beian.domain.model.document.DocumentKind;
import org.beian.domain.model.filing.OrderState;
import org.beian.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Every write path of the facades, run against a row that another transaction changed after this one
 * read it: each is refused with {@code error.concurrentChange} (a business error the pages and the API
 * show in words), never a server error at commit. The test reads the row in its own transaction, lets
 * another thread commit a version bump, then calls the facade inside the first transaction, which
 * therefore works on the stale row, as a request that loses a race does.
 */
@ExtendWith(ArquillianExtension.class)
class StaleWritesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    WorkflowFixture fixture;

    @Inject
    ApplicantDesk applicantDesk;

    @Inject
    ReviewerDesk reviewerDesk;

    @Inject
    BureauDesk bureauDesk;

    @Inject
    AccountDesk accounts;

    @Inject
    AdministrationDesk administration;

    @PersistenceContext(unitName = "beian")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Resource
    ManagedExecutorService executor;

    // ---- the applicant's desk

    @Test
    void savingADraftThatChangedMeanwhile() throws Exception {
        WorkflowFixture.Applicant applicant = fixture.newApplicant();
        OrderView draft = fixture.readyFirstFiling(applicant.caller(), fixture.enterpriseFirstFiling(applicant, "旧名称"));
        assertStale("FilingOrder", draft.orderNumber(),
                () -> applicantDesk.saveDraft(applicant.caller(), draft.orderNumber(), draft.version(), draft.snapshot()));
    }

    @Test
    void attachingADocumentToAnOrderThatChangedMeanwhile() throws Exception {
        WorkflowFixture.Applicant applicant = fixture.newApplicant();
        OrderView draft = fixture.readyFirstFiling(applicant.caller(), fixture.enterpriseFirstFiling(applicant, "资料网"));
        long document = applicantDesk.uploadDocument(applicant.caller(), DocumentKind.OTHER, "补充.jpg", WorkflowFixture.jpeg()).id();
        assertStale("FilingOrder", draft.orderNumber(),
                () -> applicantDesk.attachDocument(applicant.caller(), draft.orderNumber(), document, "other"));
    }

    @Test
    void submittingAnOrderThatChangedMeanwhile() throws Exception {
        WorkflowFixture.Applicant applicant = fixture.newApplicant();
        OrderView draft = fixture.readyFirstFiling(applicant.caller(), fixture.enterpriseFirstFiling(applicant, "提交网"));
        assertStale("FilingOrder", draft.orderNumber(), () -> fixture.submit(applicant.caller(), draft, null, null));
    }

    @Test
    void withdrawingAnOrderThatChangedMeanwhile() throws Exception {
        WorkflowFixture.Applicant applicant = fixture.newApplicant();
        OrderView submitted = submitted(applicant, "撤回网");
        assertStale("FilingOrder", submitted.orderNumber(),
                () -> applicantDesk.withdraw(applicant.caller(), submitted.orderNumber(), "信息有误"));
    }

    @Test
    void abandoningAnOrderThatChangedMeanwhile() throws Exception {
        WorkflowFixture.Applicant applicant = fixture.newApplicant();
        OrderView submitted = submitted(applicant, "放弃网");
        assertStale("FilingOrder", submitted.orderNumber(),
                () -> applicantDesk.abandon(applicant.caller(), submitted.orderNumber(), "不再需要"));
    }

    @Test
    void submittingThePhotoOfAnOrderThatChangedMeanwhile() throws Exception {
        WorkflowFixture.Applicant applicant = fixture.newApplicant();
        Caller reviewer = fixture.newReviewer();
        OrderView submitted = submitted(applicant, "拍照网");
        reviewerDesk.claim(reviewer, submitted.orderNumber());
        reviewerDesk.approveInitial(reviewer, submitted.orderNumber(), null);
        long photo = fixture.uploadPhoto(applicant.caller());
        assertStale("FilingOrder", submitted.orderNumber(),
                () -> applicantDesk.submitPhoto(applicant.caller(), submitted.orderNumber(), photo));
    }

    @Test
    void recordingThePublicSecurityNumberOfAWebsiteThatChangedMeanwhile() throws Exception {
        WorkflowFixture.Applicant applicant = fixture.newApplicant();
        String websiteNumber = approved(applicant, "公安网").get(1);
        assertStale("Website", websiteNumber, () -> applicantDesk.recordPublicSecurityNumber(applicant.caller(), websiteNumber,
                "44030502000001", BeijingTime.today()));
    }

    // ---- the reviewer's desk

    @Test
    void releasingAClaimOnAnOrderThatChangedMeanwhile() throws Exception {
        Caller reviewer = fixture.newReviewer();
        OrderView submitted = submitted(fixture.newApplicant(), "释放网");
        reviewerDesk.claim(reviewer, submitted.orderNumber());
        assertStale("FilingOrder", submitted.orderNumber(), () -> reviewerDesk.release(reviewer, submitted.orderNumber()));
    }

    @Test
    void approvingTheInitialReviewOfAnOrderThatChangedMeanwhile() throws Exception {
        String order = claimed("初审通过网");
        assertStale("FilingOrder", order, () -> reviewerDesk.approveInitial(reviewer, order, null));
    }

    @Test
    void rejectingTheInitialReviewOfAnOrderThatChangedMeanwhile() throws Exception {
        String order = claimed("初审驳回网");
        assertStale("FilingOrder", order, () -> reviewerDesk.rejectInitial(reviewer, order,
                List.of(new RemarkInput("websites[0].name", "名称不符合要求", "请使用与单位相关的名称"))));
    }

    @Test
    void correctingAnOrderThatChangedMeanwhile() throws Exception {
        String order = claimed("协助更改网");
        OrderView read = reviewerDesk.getOrder(reviewer, order);
        var website = read.snapshot().websites().get(0);
        var corrected = new org.beian.domain.model.filing.FilingSnapshot(read.snapshot().subject(), List.of(
                new org.beian.domain.model.filing.WebsiteData(website.name() + "官网", website.domains(), website.homepageUrls(),
                        website.serviceContent(), website.preApprovalTypes(), website.languages(), website.remark(),
                        website.principalSameAsSubject(), website.principal(), website.cloudServices(), website.icpNumber())));
        assertStale("FilingOrder", order, () -> reviewerDesk.correct(reviewer, order, corrected, "名称补全"));
    }

    @Test
    void approvingThePhotoOfAnOrderThatChangedMeanwhile() throws Exception {
        String order = photoClaimed("复审通过网");
        assertStale("FilingOrder", order, () -> reviewerDesk.approvePhoto(reviewer, order));
    }

    @Test
    void rejectingThePhotoOfAnOrderThatChangedMeanwhile() throws Exception {
        String order = photoClaimed("复审驳回网");
        assertStale("FilingOrder", order, () -> reviewerDesk.rejectPhoto(reviewer, order, "照片模糊"));
    }

    @Test
    void submittingToTheBureauAnOrderThatChangedMeanwhile() throws Exception {
        String order = photoClaimed("报送网");
        reviewerDesk.approvePhoto(reviewer, order);
        assertStale("FilingOrder", order, () -> reviewerDesk.submitToBureau(reviewer, List.of(order)));
    }

    // ---- the bureau's side

    @Test
    void theBureauRejectingAnOrderThatChangedMeanwhile() throws Exception {
        String order = atBureau("管局驳回网");
        assertStale("FilingOrder", order, () -> bureauDesk.rejected(order, "网站名称不符合要求"));
    }

    @Test
    void theSmsCheckFailingForAnOrderThatChangedMeanwhile() throws Exception {
        String order = atBureau("核验失败网");
        assertStale("FilingOrder", order, () -> bureauDesk.smsCheckFailed(order, "短信核验超时"));
    }

    @Test
    void theBureauApprovingAnOrderThatChangedMeanwhile() throws Exception {
        String order = atBureau("管局通过网");
        String number = TestData.subjectNumber("粤");
        assertStale("FilingOrder", order, () -> bureauDesk.approved(order, new BureauApproval(number, List.of(number + "-1"), null)));
    }

    @Test
    void theSmsCheckPassingForAnOrderThatChangedMeanwhile() throws Exception {
        String order = atBureau("核验通过网");
        assertStale("FilingOrder", order, () -> bureauDesk.smsCheckPassed(order));
    }

    // ---- administration

    @Test
    void lockingAnAccountThatChangedMeanwhile() throws Exception {
        Caller admin = fixture.newAdmin();
        String username = fixture.newApplicant().caller().username();
        assertStale("Account", username, () -> administration.setAccountEnabled(admin, username, false));
    }

    @Test
    void changingAReasonTemplateThatChangedMeanwhile() throws Exception {
        Caller admin = fixture.newAdmin();
        String code = "STALE_" + TestData.unique().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        administration.saveReasonTemplate(admin, new ReasonTemplateView(code, "旧的原因", "Old reason", 900, true));
        assertStale("ReasonTemplate", code,
                () -> administration.saveReasonTemplate(admin, new ReasonTemplateView(code, "新的原因", "New reason", 900, true)));
    }

    @Test
    void switchingOffAVerificationPointThatChangedMeanwhile() throws Exception {
        Caller admin = fixture.newAdmin();
        VerificationPointView point = administration.saveVerificationPoint(admin, new VerificationPointInput(null, "440000",
                "并发核验点" + TestData.unique(), "广东省深圳市南山区科苑路8号", "工作日 9:00-18:00", "0755-86013388",
                new BigDecimal("22.54"), new BigDecimal("113.95")));
        assertStale("VerificationPoint", String.valueOf(point.id()),
                () -> administration.setVerificationPointActive(admin, point.id(), false));
    }

    @Test
    void shippingACurtainRequestThatChangedMeanwhile() throws Exception {
        Caller admin = fixture.newAdmin();
        WorkflowFixture.Applicant applicant = fixture.newApplicant();
        CurtainView requested = applicantDesk.requestCurtain(applicant.caller(), "陈晓明", "13800138000", "广东省深圳市南山区科苑路8号1栋101室");
        assertStale("CurtainRequest", String.valueOf(requested.id()),
                () -> administration.shipCurtain(admin, new CurtainShipment(requested.id(), "顺丰速运", "SF1234567890123")));
    }

    @Test
    void revokingAnAuthorisationCodeThatChangedMeanwhile() throws Exception {
        Caller admin = fixture.newAdmin();
        WorkflowFixture.Applicant owner = fixture.newApplicant();
        AuthorisationCodeView issued = administration.issueAuthorisationCode(admin,
                new NewAuthorisationCode(owner.caller().username(), owner.serverInstance(), 30));
        assertStale("AuthorisationCode", issued.code(), () -> administration.revokeAuthorisationCode(admin, issued.code()));
    }

    // ---- every account holder's desk

    @Test
    void readingAnInboxMessageThatChangedMeanwhile() throws Exception {
        WorkflowFixture.Applicant applicant = fixture.newApplicant();
        submitted(applicant, "消息网");
        InboxView message = WorkflowFixture.await(() -> accounts.inbox(applicant.caller(), 0, 10).stream().findFirst().orElse(null),
                java.time.Duration.ofSeconds(30), "the submission's inbox message");
        assertStale("InboxMessage", String.valueOf(message.id()), () -> accounts.markRead(applicant.caller(), message.id()));
    }

    // ---- what the tests share

    private Caller reviewer;


    private OrderView submitted(WorkflowFixture.Applicant applicant, String websiteName) {
        OrderView draft = fixture.readyFirstFiling(applicant.caller(), fixture.enterpriseFirstFiling(applicant, websiteName));
        OrderView submitted = fixture.submit(applicant.caller(), draft, null, null);
        assertEquals(OrderState.SUBMITTED, submitted.state());
        return submitted;
    }

    /** A submitted order claimed by this test's reviewer. */
    private String claimed(String websiteName) {
        reviewer = fixture.newReviewer();
        String order = submitted(fixture.newApplicant(), websiteName).orderNumber();
        reviewerDesk.claim(reviewer, order);
        return order;
    }

    /** An order with its curtain photo, claimed for the re-review by this test's reviewer. */
    private String photoClaimed(String websiteName) {
        reviewer = fixture.newReviewer();
        WorkflowFixture.Applicant applicant = fixture.newApplicant();
        String order = submitted(applicant, websiteName).orderNumber();
        reviewerDesk.claim(reviewer, order);
        reviewerDesk.approveInitial(reviewer, order, null);
        applicantDesk.submitPhoto(applicant.caller(), order, fixture.uploadPhoto(applicant.caller()));
        reviewerDesk.claim(reviewer, order);
        return order;
    }

    private String atBureau(String websiteName) {
        WorkflowFixture.Applicant applicant = fixture.newApplicant();
        String order = submitted(applicant, websiteName).orderNumber();
        OrderView handedOver = fixture.reviewToBureau(applicant.caller(), fixture.newReviewer(), order, true);
        assertEquals(OrderState.AT_BUREAU, handedOver.state());
        return order;
    }

    /** A first filing the bureau approved: the subject's number and the website's. */
    private List<String> approved(WorkflowFixture.Applicant applicant, String websiteName) {
        String order = submitted(applicant, websiteName).orderNumber();
        fixture.reviewToBureau(applicant.caller(), fixture.newReviewer(), order, true);
        String number = TestData.subjectNumber("粤");
        bureauDesk.approved(order, new BureauApproval(number, List.of(number + "-1"), null));
        return List.of(number, number + "-1");
    }

    /**
     * Reads the row in a transaction, has another transaction commit a change to it, then runs the
     * write in the first transaction: refused with {@code error.concurrentChange}.
     */
    private void assertStale(String entity, String key, Executable write) throws Exception {
        tx.begin();
        try {
            read(entity, key);
            executor.submit(() -> bumpVersion(entity, key)).get(30, TimeUnit.SECONDS);
            ConcurrentChangeException refused = assertThrows(ConcurrentChangeException.class, write);
            assertEquals("error.concurrentChange", refused.getMessageKey());
        } finally {
            if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
        }
    }

    private void read(String entity, String key) {
        em.createQuery("SELECT e FROM " + entity + " e WHERE " + keyColumn(entity) + " = :key")
                .setParameter("key", keyValue(entity, key)).getSingleResult();
    }

    /** Another request's commit: the version moves on. */
    private Void bumpVersion(String entity, String key) throws Exception {
        UserTransaction other = InitialContext.doLookup("java:comp/UserTransaction");
        other.begin();
        int changed = em.createQuery("UPDATE " + entity + " e SET e.version = e.version + 1 WHERE " + keyColumn(entity) + " = :key")
                .setParameter("key", keyValue(entity, key)).executeUpdate();
        other.commit();
        assertEquals(1, changed, entity + " " + key + " changed elsewhere");
        return null;
    }

    private static String keyColumn(String entity) {
        return switch (entity) {
            case "FilingOrder" -> "e.orderNumber";
            case "Website" -> "e.icpNumber";
            case "Account" -> "e.username";
            case "ReasonTemplate", "AuthorisationCode" -> "e.code";
            default -> "e.id";
        };
    }

    /** Rows found by their generated id take a number; the others their natural key. */
    private static Object keyValue(String entity, String key) {
        return keyColumn(entity).equals("e.id") ? (Object) Long.valueOf(key) : key;
    }
}
