package org.beian.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.beian.application.AccessDeniedException;
import org.beian.application.BusinessException;
import org.beian.application.desk.ApplicantDesk;
import org.beian.application.desk.ReviewerDesk;
import org.beian.application.dto.CheckReport;
import org.beian.application.dto.CurtainView;
import org.beian.application.dto.OrderView;
import org.beian.application.dto.QueuePage;
import org.beian.application.security.Caller;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.filing.QueueCursor;
import org.beian.domain.model.filing.QueueFilter;
import org.beian.domain.model.filing.ReviewQueue;
import org.beian.domain.model.filing.QueueItem;
import org.beian.domain.model.filing.WebsiteData;
import org.beian.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reviewers' queues, applicants' curtain requests, and province rules that change with the data. */
@ExtendWith(ArquillianExtension.class)
class ReviewAndRequestsIT {

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

    @PersistenceContext(unitName = "beian")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Test
    void submittedOrdersQueueOldestFirstAndPageByPage() throws Exception {
        Caller reviewer = fixture.newReviewer();
        List<String> numbers = new java.util.ArrayList<>();
        List<Caller> applicants = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            WorkflowFixture.Applicant applicant = fixture.newApplicant();
            applicants.add(applicant.caller());
            OrderView ready = fixture.readyFirstFiling(applicant.caller(), fixture.enterpriseFirstFiling(applicant, "企业官方网站"));
            numbers.add(fixture.submit(applicant.caller(), ready, null, null).orderNumber());
        }
        QueueFilter guangdong = new QueueFilter(ReviewQueue.AWAITING_INITIAL_REVIEW, "440000", OrderType.FIRST_FILING, null, null, null, null);
        QueuePage all = reviewerDesk.queue(reviewer, guangdong, null, 200);
        List<String> queued = all.items().stream().map(QueueItem::orderNumber).filter(numbers::contains).toList();
        assertEquals(numbers, queued, "oldest submission first");
        assertTrue(all.count() >= 3);

        // Keyset pages: each starts after the last one's key; together they hold each order once.
        List<String> paged = new java.util.ArrayList<>();
        QueueCursor after = null;
        do {
            QueuePage page = reviewerDesk.queue(reviewer, guangdong, after, 1);
            assertTrue(page.items().size() <= 1);
            page.items().forEach(item -> paged.add(item.orderNumber()));
            after = page.next();
        } while (after != null);
        assertEquals(all.items().stream().map(QueueItem::orderNumber).toList(), paged, "page by page, nothing twice, nothing missed");

        // By the subject's nature (a column copied from the snapshot, V19): enterprises in, government bodies out.
        List<String> enterprises = reviewerDesk.queue(reviewer, guangdong.withNature("ENTERPRISE"), null, 200).items().stream().map(QueueItem::orderNumber).toList();
        assertTrue(enterprises.containsAll(numbers), "the enterprises' orders: " + enterprises);
        assertTrue(reviewerDesk.queue(reviewer, guangdong.withNature("GOVERNMENT"), null, 200).items().stream().map(QueueItem::orderNumber).noneMatch(numbers::contains));

        QueuePage byNumber = reviewerDesk.queue(reviewer, new QueueFilter(ReviewQueue.SEARCH, null, null, null, null,
                QueueFilter.SearchKind.ORDER_NUMBER, numbers.get(1)), null, 10);
        assertEquals(List.of(numbers.get(1)), byNumber.items().stream().map(QueueItem::orderNumber).toList());
        String name = applicantDesk.getOrder(applicants.get(2), numbers.get(2)).snapshot().subject().name();
        QueuePage byName = reviewerDesk.queue(reviewer, new QueueFilter(ReviewQueue.SEARCH, null, null, null, null,
                QueueFilter.SearchKind.SUBJECT_NAME, name.substring(0, name.length() - 2)), null, 10);
        assertTrue(byName.items().stream().map(QueueItem::orderNumber).toList().contains(numbers.get(2)), "found by the start of its name");
        String domain = applicantDesk.getOrder(applicants.get(0), numbers.get(0)).snapshot().websites().get(0).domains().get(0);
        assertEquals(List.of(numbers.get(0)), reviewerDesk.queue(reviewer, new QueueFilter(ReviewQueue.AWAITING_INITIAL_REVIEW, null, null,
                null, null, QueueFilter.SearchKind.DOMAIN, domain.toUpperCase()), null, 10).items().stream().map(QueueItem::orderNumber).toList());

        // Newest first: the same index read backwards, page by page along the mirrored keys.
        List<String> newestFirst = new java.util.ArrayList<>();
        QueueCursor back = null;
        do {
            QueuePage page = reviewerDesk.queue(reviewer, guangdong.reversed(), back, 2);
            page.items().stream().map(QueueItem::orderNumber).filter(numbers::contains).forEach(newestFirst::add);
            back = page.next();
        } while (back != null);
        List<String> reversed = new java.util.ArrayList<>(numbers);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, newestFirst, "newest submission first, each once");

        // The review deadline's state: one order overdue, one due at tonight's midnight (Beijing), one due in two days.
        java.time.Instant tonight = java.time.LocalDate.now(org.beian.domain.model.BeijingTime.ZONE).plusDays(1)
                .atStartOfDay(org.beian.domain.model.BeijingTime.ZONE).toInstant();
        setReviewDue(numbers.get(0), tonight.plus(java.time.Duration.ofDays(2)));
        setReviewDue(numbers.get(1), tonight);
        setReviewDue(numbers.get(2), java.time.Instant.now().minusSeconds(60));
        for (QueueFilter.Deadline deadline : QueueFilter.Deadline.values()) {
            List<String> found = reviewerDesk.queue(reviewer, guangdong.withDeadline(deadline), null, 200).items().stream()
                    .map(QueueItem::orderNumber).filter(numbers::contains).toList();
            assertEquals(List.of(numbers.get(deadline.ordinal())), found, deadline.name());
        }

        // Overdue spans two states, read one state at a time and merged: still oldest first, page by page.
        fixture.tx.begin();
        fixture.em.createQuery("UPDATE FilingOrder o SET o.reviewDueAt = :past WHERE o.orderNumber IN :numbers")
                .setParameter("past", java.time.Instant.now().minusSeconds(3600)).setParameter("numbers", numbers).executeUpdate();
        fixture.tx.commit();
        QueueFilter overdue = new QueueFilter(ReviewQueue.OVERDUE, "440000", null, null, null, null, null);
        List<String> overduePaged = new java.util.ArrayList<>();
        QueueCursor from = null;
        do {
            QueuePage page = reviewerDesk.queue(reviewer, overdue, from, 2);
            page.items().stream().map(QueueItem::orderNumber).filter(numbers::contains).forEach(overduePaged::add);
            from = page.next();
        } while (from != null);
        assertEquals(numbers, overduePaged, "overdue, oldest first, each once");

        reviewerDesk.claim(reviewer, numbers.get(0));
        QueuePage mine = reviewerDesk.queue(reviewer, QueueFilter.of(ReviewQueue.MINE), null, 10);
        assertEquals(List.of(numbers.get(0)), mine.items().stream().map(QueueItem::orderNumber).toList(), "what the reviewer holds");
        assertEquals(reviewer.username(), mine.items().get(0).holder(java.time.Instant.now()));
        BusinessException noTerm = assertThrows(BusinessException.class,
                () -> reviewerDesk.queue(reviewer, QueueFilter.of(ReviewQueue.SEARCH), null, 10));
        assertEquals("error.queue.searchTermRequired", noTerm.getMessageKey());
        assertThrows(AccessDeniedException.class, () -> reviewerDesk.queue(fixture.newApplicant().caller(),
                QueueFilter.of(ReviewQueue.AWAITING_INITIAL_REVIEW), null, 10));
    }

    private void setReviewDue(String orderNumber, java.time.Instant due) throws Exception {
        fixture.tx.begin();
        assertEquals(1, fixture.em.createQuery("UPDATE FilingOrder o SET o.reviewDueAt = :due WHERE o.orderNumber = :number")
                .setParameter("due", due).setParameter("number", orderNumber).executeUpdate());
        fixture.tx.commit();
    }

    @Test
    void oneFreeCurtainPerAccountShippingOnAWorkingDay() {
        WorkflowFixture.Applicant applicant = fixture.newApplicant();
        CurtainView curtain = applicantDesk.requestCurtain(applicant.caller(), "陈晓明", "13800138000",
                "广东省深圳市南山区科苑路8号1栋101室");
        assertTrue(curtain.freeOfCharge());
        assertFalse(curtain.shipsOn().isBefore(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))));
        assertTrue(curtain.shipsOn().getDayOfWeek().getValue() <= 5 || isAdjustedWorkday(curtain.shipsOn()));
        BusinessException again = assertThrows(BusinessException.class, () -> applicantDesk.requestCurtain(applicant.caller(), "陈晓明",
                "13800138000", "广东省深圳市南山区科苑路8号1栋101室"));
        assertEquals("error.curtain.alreadyRequested", again.getMessageKey());
    }

    @Test
    void editingAProvinceRuleRowChangesTheOutcomeWithoutACodeChange() throws Exception {
        WorkflowFixture.Applicant applicant = fixture.newApplicant();
        FilingSnapshot one = fixture.enterpriseFirstFiling(applicant, "企业官方网站");
        WebsiteData w = one.websites().get(0);
        List<WebsiteData> three = new java.util.ArrayList<>();
        for (String name : List.of("企业官方网站", "企业产品中心", "企业服务平台")) {
            String domain = "pr" + TestData.unique() + ".cn";
            three.add(new WebsiteData(name, List.of(domain), List.of("www." + domain), w.serviceContent(), w.preApprovalTypes(),
                    w.languages(), w.remark(), true, null, w.cloudServices(), null));
        }
        FilingSnapshot snapshot = new FilingSnapshot(one.subject(), three);
        assertFalse(codes(applicant.caller(), snapshot).contains("ORDER_TOO_MANY_WEBSITES"), "Guangdong allows 4");

        String original = setGuangdongMaxWebsites("2");
        try {
            CheckReport report = applicantDesk.checkDraft(applicant.caller(), OrderType.FIRST_FILING, snapshot, null, Locale.SIMPLIFIED_CHINESE);
            var finding = report.findings().stream().filter(f -> f.code().equals("ORDER_TOO_MANY_WEBSITES")).findFirst().orElseThrow();
            assertEquals("440000", finding.provinceCode(), "the finding names the province rule that applied");
            assertEquals("2", finding.provinceRuleValue());
            assertFalse(report.submittable());
        } finally {
            setGuangdongMaxWebsites(original);
        }
    }

    private List<String> codes(Caller caller, FilingSnapshot snapshot) {
        return applicantDesk.checkDraft(caller, OrderType.FIRST_FILING, snapshot, null, Locale.ENGLISH).findings().stream()
                .map(f -> f.code()).toList();
    }

    private String setGuangdongMaxWebsites(String value) throws Exception {
        tx.begin();
        String old = (String) em.createNativeQuery("SELECT rule_value FROM province_rule WHERE province_code = '440000' "
                + "AND rule_key = 'order.max_websites.organisation'").getSingleResult();
        em.createNativeQuery("UPDATE province_rule SET rule_value = ? WHERE province_code = '440000' "
                + "AND rule_key = 'order.max_websites.organisation'").setParameter(1, value).executeUpdate();
        tx.commit();
        return old;
    }

    private boolean isAdjustedWorkday(LocalDate day) {
        return !em.createNativeQuery("SELECT kind FROM calendar_exception WHERE calendar_day = ? AND kind = 'WORKDAY'")
                .setParameter(1, java.sql.Date.valueOf(day)).getResultList().isEmpty();
    }
}
