package org.beian.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.beian.application.BusinessException;
import org.beian.application.InvalidFieldException;
import org.beian.application.desk.AdministrationDesk;
import org.beian.application.desk.ReviewerDesk;
import org.beian.application.dto.AccountView;
import org.beian.application.dto.AuditPage;
import org.beian.application.dto.AuditQuery;
import org.beian.application.dto.AuditRecord;
import org.beian.application.dto.DashboardView;
import org.beian.application.dto.NewProvinceRule;
import org.beian.application.dto.NewStaffAccount;
import org.beian.application.dto.OrderView;
import org.beian.application.dto.ReasonTemplateView;
import org.beian.application.dto.RemarkInput;
import org.beian.application.desk.AccountDesk;
import org.beian.application.security.Caller;
import org.beian.domain.model.BeijingTime;
import org.beian.domain.model.account.Role;
import org.beian.domain.model.filing.ReviewQueue;
import org.beian.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrators' desk against the real database: the audit log masks personal data, reason
 * templates are a managed list whose codes the dashboard ranks, staff accounts are opened and locked,
 * and province rules refuse what would be wrong on the field it belongs to.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    AdministrationDesk administration;

    @Inject
    ReviewerDesk reviewerDesk;

    @Inject
    AccountDesk accountDesk;

    @Inject
    WorkflowFixture fixture;


    @Test
    void theAuditLogOfAnOrderMasksMobilesAndIdentityNumbersAndTheDashboardRanksTheTemplateGiven() throws InterruptedException {
        Caller admin = fixture.newAdmin();
        String code = "IT_" + TestData.unique().toUpperCase().replaceAll("[^A-Z0-9]", "");
        administration.saveReasonTemplate(admin, new ReasonTemplateView(code, "联系电话无法接通。", "The phone cannot be reached.", 5, true));
        assertTrue(reviewerDesk.reasonTemplates(fixture.newReviewer()).stream().anyMatch(t -> t.code().equals(code)),
                "reviewers are offered the new template");

        WorkflowFixture.Applicant applicant = fixture.newApplicant();
        OrderView ready = fixture.readyFirstFiling(applicant.caller(), fixture.enterpriseFirstFiling(applicant, "审计测试官网"));
        String number = fixture.submit(applicant.caller(), ready, null, null).orderNumber();
        Caller reviewer = fixture.newReviewer();
        DashboardView submitted = reviewerDesk.dashboard(reviewer, Locale.SIMPLIFIED_CHINESE);
        assertTrue(submitted.submittedToday() >= 1);
        assertTrue(submitted.queues().stream().anyMatch(q -> q.queue() == ReviewQueue.AWAITING_INITIAL_REVIEW && q.count() >= 1));
        assertTrue(submitted.underWayByProvince().stream().anyMatch(p -> p.code().equals("440000") && p.label().equals("广东省")),
                "under way in Guangdong: " + submitted.underWayByProvince());
        reviewerDesk.claim(reviewer, number);
        reviewerDesk.rejectInitial(reviewer, number, List.of(new RemarkInput("subject.principal.mobile",
                "联系电话 13912345678 无法接通，身份证 11010519491231002X", "请核实", code)));

        // The audit trail is written when the events consumer handles the events, just after the commit.
        AuditPage page = null;
        for (long until = System.currentTimeMillis() + 30_000; System.currentTimeMillis() < until; Thread.sleep(200)) {
            page = administration.auditLog(admin, new AuditQuery(number, null, null, null, null), null, 50);
            if (page.entries().stream().anyMatch(e -> e.detail() != null && e.detail().contains("REJECTED"))) {
                break;
            }
        }
        List<String> details = page.entries().stream().map(AuditRecord::detail).filter(d -> d != null).toList();
        String all = String.join("\n", details);
        assertTrue(all.contains("139****5678"), "the mobile masked: " + all);
        assertTrue(all.contains("110105********002X"), "the identity number masked: " + all);
        assertFalse(all.contains("13912345678") || all.contains("11010519491231002X"), "no full number: " + all);
        assertTrue(page.entries().stream().allMatch(e -> e.target().equals("order:" + number)), "only that order's entries");
        assertEquals(page.entries().stream().sorted((a, b) -> b.occurredAt().compareTo(a.occurredAt())).toList(), page.entries(),
                "newest first");

        DashboardView dashboard = reviewerDesk.dashboard(reviewer, Locale.SIMPLIFIED_CHINESE);
        assertTrue(dashboard.topReasons().stream().anyMatch(r -> code.equals(r.code()) && r.label().equals("联系电话无法接通。")),
                "the dashboard names the template's reason: " + dashboard.topReasons());
        assertThrows(BusinessException.class, () -> reviewerDesk.dashboard(applicant.caller(), Locale.CHINESE),
                "applicants see no dashboard");
    }

    @Test
    void anAdministratorOpensAReviewerAndLocksAndUnlocksTheAccountButNotTheirOwn() {
        Caller admin = fixture.newAdmin();
        String username = "rv-" + TestData.unique();
        AccountView opened = administration.openStaffAccount(admin, new NewStaffAccount(username, "新审核员", null, null,
                "Review-2026-pass", Set.of(Role.REVIEWER)));
        assertEquals(Set.of(Role.REVIEWER), opened.roles());
        assertTrue(opened.enabled());
        assertFalse(administration.setAccountEnabled(admin, username, false).enabled());
        assertFalse(administration.accounts(admin, username, Role.REVIEWER, 10).get(0).enabled(), "listed as locked");
        assertTrue(administration.setAccountEnabled(admin, username, true).enabled());
        BusinessException self = assertThrows(BusinessException.class, () -> administration.setAccountEnabled(admin, admin.username(), false));
        assertEquals("error.staff.lockSelf", self.getMessageKey());
        assertThrows(BusinessException.class, () -> administration.openStaffAccount(admin, new NewStaffAccount("ap-" + TestData.unique(),
                "申请人", null, null, "Review-2026-pass", Set.of(Role.APPLICANT))), "staff accounts only");
        assertThrows(BusinessException.class, () -> administration.accounts(fixture.newReviewer(), null, null, 10), "admins only");
    }

    @Test
    void aProvinceRuleIsRefusedOnItsFieldWhenItsValueOrDayIsWrong() {
        Caller admin = fixture.newAdmin();
        LocalDate today = BeijingTime.today();
        String key = "order.max_websites.organisation";
        InvalidFieldException number = assertThrows(InvalidFieldException.class, () -> administration.addProvinceRule(admin,
                new NewProvinceRule("650000", key, "十", today.plusDays(30), "测试")));
        assertEquals("value", number.getField());
        InvalidFieldException past = assertThrows(InvalidFieldException.class, () -> administration.addProvinceRule(admin,
                new NewProvinceRule("650000", key, "5", today.minusDays(1), "测试")));
        assertEquals("effectiveFrom", past.getField());
        InvalidFieldException unknown = assertThrows(InvalidFieldException.class, () -> administration.addProvinceRule(admin,
                new NewProvinceRule("650000", "no.such.rule", "5", today.plusDays(30), "测试")));
        assertEquals("ruleKey", unknown.getField());
        // A row for a day to come is kept and listed, but not in force yet (and changes no other test's checks).
        administration.addProvinceRule(admin, new NewProvinceRule("650000", key, "5", today.plusDays(400), "测试：明年起"));
        var rows = administration.provinceRules(admin, "650000").stream().filter(r -> r.ruleKey().equals(key)).toList();
        assertTrue(rows.stream().anyMatch(r -> r.value().equals("5") && !r.inForce()), "listed, not in force: " + rows);
        assertEquals(1, rows.stream().filter(r -> r.inForce()).count(), "one row of the key in force: " + rows);
        InvalidFieldException twice = assertThrows(InvalidFieldException.class, () -> administration.addProvinceRule(admin,
                new NewProvinceRule("650000", key, "6", today.plusDays(400), "测试")));
        assertEquals("effectiveFrom", twice.getField());
    }
}
