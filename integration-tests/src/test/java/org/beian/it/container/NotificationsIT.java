package org.beian.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.beian.application.desk.AccountDesk;
import org.beian.application.desk.ApplicantDesk;
import org.beian.application.desk.ReviewerDesk;
import org.beian.application.dto.InboxView;
import org.beian.application.dto.NewOrder;
import org.beian.application.dto.NotificationView;
import org.beian.application.dto.OrderView;
import org.beian.application.dto.SubmitRequest;
import org.beian.application.event.ApplicationEvent;
import org.beian.application.security.Caller;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.OrderType;
import org.beian.infrastructure.bureau.simulator.MinistrySmsCheck;
import org.beian.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A first filing's journey as the applicant hears of it: the e-mails (read over IMAP from the test
 * run's real mail server), the SMS and the inbox, in order and in the applicant's language.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    private static final List<String> JOURNEY = List.of("OrderSubmitted", "InitialReviewApproved", "PhotoSubmitted",
            "PhotoApproved", "SubmittedToBureau", "BureauApproved");

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

    @Inject
    AccountDesk accounts;

    @Test
    void aFirstFilingsJourneyReachesTheApplicantByMailSmsAndInboxInOrderInChinese() throws Exception {
        WorkflowFixture.Applicant applicant = fixture.newApplicant("zh-CN");
        journeyToApproval(applicant);
        String email = applicant.caller().username() + "@example.com";

        List<NotificationView> sent = awaitSent(applicant.caller(), JOURNEY.size() * 2);
        assertEquals(JOURNEY, sent.stream().filter(n -> n.channel().equals("EMAIL")).map(NotificationView::eventType).toList());
        assertEquals(JOURNEY, sent.stream().filter(n -> n.channel().equals("SMS")).map(NotificationView::eventType).toList());

        List<String> texts = smsTexts(applicant.mobile(), JOURNEY.size());
        assertEquals(JOURNEY.size(), texts.size(), "exactly one SMS per step at the provider: " + texts);
        assertTrue(texts.get(0).contains("已提交初审"), texts.get(0));
        assertTrue(texts.get(1).contains("初审通过"), texts.get(1));
        assertTrue(texts.get(5).contains("ICP备"), "the last SMS names the ICP numbers: " + texts.get(5));
        assertTrue(texts.get(5).contains("备案密码"), "a first filing's approval tells where the filing password went: " + texts.get(5));

        List<String> subjects = mailSubjects(email, JOURNEY.size());
        assertEquals(JOURNEY.size(), subjects.size(), "exactly one e-mail per step: " + subjects);
        assertTrue(subjects.get(0).contains("已提交初审"), subjects.get(0));
        assertTrue(subjects.get(5).contains("管局审核通过"), subjects.get(5));

        List<InboxView> inbox = accounts.inbox(applicant.caller(), 0, 50);
        assertEquals(JOURNEY.size(), inbox.size());
        assertEquals(JOURNEY.size(), accounts.unreadCount(applicant.caller()));
        accounts.markRead(applicant.caller(), inbox.get(0).id());
        assertEquals(JOURNEY.size() - 1, accounts.unreadCount(applicant.caller()));
        assertTrue(inbox.get(inbox.size() - 1).body().contains("我们将在"), "the submission names the review deadline");
    }

    @Test
    void anEnglishSpeakingApplicantIsToldInEnglish() throws Exception {
        WorkflowFixture.Applicant applicant = fixture.newApplicant("en");
        FilingSnapshot snapshot = fixture.enterpriseFirstFiling(applicant, "企业官方网站");
        OrderView draft = applicantDesk.startDraft(applicant.caller(), new NewOrder(OrderType.FIRST_FILING, null, snapshot, null));
        fixture.attachDocuments(applicant.caller(), draft.orderNumber());
        OrderView current = applicantDesk.getOrder(applicant.caller(), draft.orderNumber());
        applicantDesk.submit(applicant.caller(), new SubmitRequest(draft.orderNumber(), current.version(), true, null, null));

        List<String> subjects = mailSubjects(applicant.caller().username() + "@example.com", 1);
        assertEquals("[ICP filing] Order " + draft.orderNumber() + " submitted for review", subjects.get(0));
    }

    @Test
    void aRedeliveredEventNotifiesOnce() throws Exception {
        WorkflowFixture.Applicant applicant = fixture.newApplicant("zh-CN");
        long accountId = applicant.accountId();
        ApplicationEvent event = ApplicationEvent.of("OrderWithdrawn", "it", "order:TEST",
                Map.of("orderNumber", "2611290009999", "accountId", String.valueOf(accountId)));
        fixture.raise(event, 2);
        List<NotificationView> sent = awaitSent(applicant.caller(), 2);
        Thread.sleep(3000);
        assertEquals(2, accounts.notificationsSent(applicant.caller()).size(), "one e-mail and one SMS, not two of each");
        assertEquals(1, accounts.inbox(applicant.caller(), 0, 10).size());
        assertEquals(1, mailSubjects(applicant.caller().username() + "@example.com", 1).size());
        assertTrue(sent.stream().allMatch(n -> n.status().equals("SENT")));
    }

    private void journeyToApproval(WorkflowFixture.Applicant applicant) {
        Caller reviewer = fixture.newReviewer();
        FilingSnapshot snapshot = fixture.enterpriseFirstFiling(applicant, "企业官方网站");
        OrderView order = fixture.submit(applicant.caller(), fixture.readyFirstFiling(applicant.caller(), snapshot), null, null);
        fixture.reviewToBureau(applicant.caller(), reviewer, order.orderNumber(), true);
        fixture.passSmsCheck(snapshot.subject().principal(), 1);
        fixture.awaitState(applicant.caller(), order.orderNumber(), OrderState.APPROVED);
    }

    private List<NotificationView> awaitSent(Caller caller, int count) {
        try {
            return WorkflowFixture.await(() -> {
                List<NotificationView> sent = accounts.notificationsSent(caller);
                return sent.size() >= count && sent.stream().allMatch(n -> n.status().equals("SENT")) ? sent : null;
            }, Duration.ofSeconds(60), count + " notifications sent");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": " + accounts.notificationsSent(caller).stream()
                    .map(n -> n.channel() + " " + n.eventType() + " " + n.status() + " " + n.lastError()).toList(), e);
        }
    }

    /** The texts that reached the phone at the SMS provider, once at least {@code count} arrived. */
    static List<String> smsTexts(String mobile, int count) {
        return WorkflowFixture.await(() -> {
            List<String> texts = SmsProvider.texts(mobile);
            return texts.size() >= count ? texts : null;
        }, Duration.ofSeconds(60), count + " SMS to " + mobile);
    }

    /** The subjects of the mails in the recipient's mailbox, in arrival order, once at least {@code count} arrived. */
    static List<String> mailSubjects(String address, int count) {
        return WorkflowFixture.await(() -> {
            List<String> subjects = readSubjects(address);
            return subjects.size() >= count ? subjects : null;
        }, Duration.ofSeconds(60), count + " mails to " + address);
    }

    private static List<String> readSubjects(String address) {
        Properties properties = new Properties();
        properties.put("mail.store.protocol", "imap");
        Session session = Session.getInstance(properties);
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", 3143, address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<String> subjects = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                subjects.add(message.getSubject());
            }
            inbox.close(false);
            return subjects;
        } catch (MessagingException e) {
            return List.of(); // no mailbox yet: nothing has arrived
        }
    }
}
