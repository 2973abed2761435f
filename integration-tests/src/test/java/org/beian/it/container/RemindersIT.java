package org.beian.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.beian.application.InvalidFieldException;
import org.beian.application.desk.AccountDesk;
import org.beian.application.desk.ApplicantDesk;
import org.beian.application.desk.BureauDesk;
import org.beian.application.dto.BureauApproval;
import org.beian.application.desk.SystemDesk;
import org.beian.application.dto.InboxView;
import org.beian.application.dto.NewAccount;
import org.beian.application.dto.OrderView;
import org.beian.application.internal.Reminders;
import org.beian.application.security.Caller;
import org.beian.domain.model.BeijingTime;
import org.beian.domain.model.account.Role;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.registry.RegistryRepository;
import org.beian.domain.model.registry.WebsiteAwaitingPublicSecurity;
import org.beian.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reminders and escalations: the test moves an order's or a website's clock back in the database, runs
 * the reminder job's work once, twice, and reads what reached the inbox, the phone and the mailbox.
 */
@ExtendWith(ArquillianExtension.class)
class RemindersIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    SystemDesk systemDesk;

    @Inject
    WorkflowFixture fixture;

    @Inject
    AccountDesk accounts;

    @Inject
    ApplicantDesk applicantDesk;

    @Inject
    BureauDesk bureau;

    @Inject
    RegistryRepository registry;

    @Test
    void anOrderIdleForSevenDaysIsRemindedOnceWithItsExpiryDate() {
        WorkflowFixture.Applicant applicant = fixture.newApplicant("zh-CN");
        OrderView draft = fixture.readyFirstFiling(applicant.caller(), fixture.enterpriseFirstFiling(applicant, "闲置订单网站"));
        // Idle 7 days and an hour: it expires in 38 days less an hour.
        setInstant("UPDATE filing_order SET expires_at = ?1 WHERE order_number = ?2",
                Instant.now().plus(Duration.ofDays(38)).minus(Duration.ofHours(1)), draft.orderNumber());

        systemDesk.raiseDueReminders(Instant.now());
        systemDesk.raiseDueReminders(Instant.now());

        InboxView reminder = awaitInbox(applicant.caller(), "未操作");
        assertTrue(reminder.title().contains(draft.orderNumber() + " 已 7 天未操作"), reminder.title());
        assertTrue(reminder.body().contains("过期"), reminder.body());
        List<String> texts = NotificationsIT.smsTexts(applicant.mobile(), 1);
        assertTrue(texts.get(0).contains("已7天未操作"), texts.get(0));
        sleep(3000);
        assertEquals(1, accounts.inbox(applicant.caller(), 0, 50).size(), "a second run raises nothing more");
        assertEquals(1, SmsProvider.texts(applicant.mobile()).size());
    }

    @Test
    void anApprovedWebsiteWithoutPublicSecurityNumberIsRemindedAfterSevenDays() {
        WorkflowFixture.Applicant applicant = fixture.newApplicant("zh-CN");
        Caller reviewer = fixture.newReviewer();
        FilingSnapshot snapshot = fixture.enterpriseFirstFiling(applicant, "公安提醒网站");
        OrderView order = fixture.submit(applicant.caller(), fixture.readyFirstFiling(applicant.caller(), snapshot), null, null);
        fixture.reviewToBureau(applicant.caller(), reviewer, order.orderNumber(), true);
        fixture.passSmsCheck(snapshot.subject().principal(), 1);
        fixture.awaitState(applicant.caller(), order.orderNumber(), OrderState.APPROVED);
        String domain = snapshot.websites().get(0).domains().get(0);
        setInstant("UPDATE website SET approved_at = ?1 WHERE id IN (SELECT website_id FROM website_domain WHERE domain = ?2)",
                Instant.now().minus(Duration.ofDays(7)).minus(Duration.ofHours(1)), domain);

        systemDesk.raiseDueReminders(Instant.now());

        InboxView reminder = awaitInbox(applicant.caller(), "公安备案");
        assertTrue(reminder.title().contains("公安提醒网站"), reminder.title());
        assertTrue(reminder.body().contains("ICP备") && reminder.body().contains("7 天前"), reminder.body());
        assertTrue(NotificationsIT.mailSubjects(applicant.caller().username() + "@example.com", 7).stream()
                .anyMatch(s -> s.contains("尚未办理公安备案")), "and by e-mail");
    }

    @Test
    void recordingThePublicSecurityNumberStopsTheReminders() {
        WorkflowFixture.Applicant applicant = fixture.newApplicant("zh-CN");
        FilingSnapshot snapshot = fixture.enterpriseFirstFiling(applicant, "已录公安网站");
        OrderView order = fixture.submit(applicant.caller(), fixture.readyFirstFiling(applicant.caller(), snapshot), null, null);
        fixture.reviewToBureau(applicant.caller(), fixture.newReviewer(), order.orderNumber(), true);
        String subjectNumber = TestData.subjectNumber("粤");
        String websiteNumber = subjectNumber + "-1";
        bureau.approved(order.orderNumber(), new BureauApproval(subjectNumber, List.of(websiteNumber), null));
        Instant approvedAt = Instant.now().minus(Duration.ofDays(7)).minus(Duration.ofHours(1));
        setInstant("UPDATE website SET approved_at = ?1 WHERE icp_number = ?2", approvedAt, websiteNumber);
        assertTrue(awaitingPublicSecurity().contains(websiteNumber), "seven days after approval without a number: due for a reminder");
        assertEquals(BeijingTime.dateOf(approvedAt.plus(Duration.ofDays(20))),
                applicantDesk.websiteFiling(applicant.caller(), websiteNumber).publicSecurity().nextReminderOn(),
                "the page names the next reminder: the 20th day");

        InvalidFieldException early = assertThrows(InvalidFieldException.class, () -> applicantDesk.recordPublicSecurityNumber(
                applicant.caller(), websiteNumber, "44030502000001", BeijingTime.dateOf(approvedAt).minusDays(1)));
        assertEquals("filedOn", early.getField(), "a day before the approval is refused on the date");
        applicantDesk.recordPublicSecurityNumber(applicant.caller(), websiteNumber, "44030502000001", BeijingTime.today());

        assertFalse(awaitingPublicSecurity().contains(websiteNumber), "the reminder job no longer selects the website");
        var state = applicantDesk.websiteFiling(applicant.caller(), websiteNumber).publicSecurity();
        assertTrue(state.recorded());
        assertNull(state.nextReminderOn(), "no next reminder once recorded");
        systemDesk.raiseDueReminders(Instant.now());
        sleep(3000);
        assertTrue(accounts.inbox(applicant.caller(), 0, 50).stream().noneMatch(m -> m.title().contains("公安备案")),
                "no public-security reminder reached the inbox");
    }

    private List<String> awaitingPublicSecurity() {
        Instant now = Instant.now();
        return Reminders.PUBLIC_SECURITY_DAYS.stream()
                .flatMap(days -> registry.listAwaitingPublicSecurity(now.minus(Duration.ofDays(days)).minus(Duration.ofHours(25)),
                        now.minus(Duration.ofDays(days)), 500).stream())
                .map(WebsiteAwaitingPublicSecurity::icpNumber).toList();
    }

    @Test
    void aReviewPastItsDeadlineIsEscalatedToEveryReviewerNotTheApplicant() {
        String username = "rv-" + TestData.unique();
        String mobile = WorkflowFixture.mobile();
        accounts.createAccount(new NewAccount(username, "S3cret-pass", "督办审核员", username + "@example.com", mobile, "zh-CN",
                Set.of(Role.REVIEWER)));
        Caller reviewer = new Caller(username, Set.of(Role.REVIEWER));
        WorkflowFixture.Applicant applicant = fixture.newApplicant("zh-CN");
        FilingSnapshot snapshot = fixture.enterpriseFirstFiling(applicant, "超时审核网站");
        OrderView order = fixture.submit(applicant.caller(), fixture.readyFirstFiling(applicant.caller(), snapshot), null, null);
        setInstant("UPDATE filing_order SET review_due_at = ?1 WHERE order_number = ?2",
                Instant.now().minus(Duration.ofHours(1)), order.orderNumber());

        systemDesk.raiseDueReminders(Instant.now());

        InboxView escalation = awaitInbox(reviewer, "审核已超时");
        assertTrue(escalation.title().contains(order.orderNumber()), escalation.title());
        assertTrue(NotificationsIT.smsTexts(mobile, 1).get(0).contains("【备案督办】订单" + order.orderNumber()));
        assertTrue(NotificationsIT.mailSubjects(username + "@example.com", 1).get(0).contains("审核已超时"));
        sleep(2000);
        assertTrue(accounts.inbox(applicant.caller(), 0, 50).stream().noneMatch(m -> m.title().contains("超时")),
                "the applicant is not told of the provider's delay as an escalation");
    }

    private InboxView awaitInbox(Caller caller, String titlePart) {
        return WorkflowFixture.await(() -> accounts.inbox(caller, 0, 50).stream().filter(m -> m.title().contains(titlePart))
                .findFirst().orElse(null), Duration.ofSeconds(60), "an inbox message '" + titlePart + "'");
    }

    private void setInstant(String sql, Instant value, String key) {
        try {
            fixture.tx.begin();
            int rows = fixture.em.createNativeQuery(sql).setParameter(1, Timestamp.from(value)).setParameter(2, key).executeUpdate();
            fixture.tx.commit();
            assertEquals(1, rows, sql);
        } catch (Exception e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
