package org.beian.it.container;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.beian.application.desk.BureauDesk;
import org.beian.application.dto.BureauApproval;
import org.beian.application.dto.OrderView;
import org.beian.application.security.Caller;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.application.desk.AccountDesk;
import org.beian.application.dto.NewAccount;
import org.beian.domain.model.account.Role;
import org.beian.infrastructure.persistence.jpa.StandInRegistrar;

/**
 * Test support, deployed only in the test WAR: opens a fresh applicant account for a browser or HTTP
 * test (POST {@code /beian-tests/accounts?language=en}), so that no client test shares a demo account;
 * {@code server=ins-…} also gives it a cloud server to file on; {@code approved=true} (with a server) has the bureau approve a
 * first filing of a Shenzhen enterprise (answer lines: user name, credit code, subject number, domain), {@code place=xian} of a
 * Xi'an one, {@code registrar=true} with its domain held at the stand-in registrar's {@link #REGISTRAR}; {@code submitted=true} (with a server) files a
 * first filing and submits it for the initial review (the answer's second line is its order number);
 * {@code photo=awaiting} also passes its initial review (待拍照), {@code photo=true} also submits the curtain photo, {@code photo=approved} also passes the photo (ready for the bureau), {@code place=lhasa} files it in Lhasa instead of Shenzhen, {@code principal=…} names its principal (default 陈晓明); {@code draft=access} (with a server) leaves an access filing of a site filed elsewhere, ready but for its filing password (lines: user, order number, password); {@code draft=xining} (with a server) leaves a first filing of a Xining enterprise as a draft that passes every check (the second line is its number); {@code role=reviewer} or {@code role=admin} opens staff instead. Answers the user name; the password is {@link #PASSWORD}.
 */
@WebServlet("/accounts")
public class TestAccountsServlet extends HttpServlet {

    public static final String PASSWORD = "S3cret-pass";
    /** The filing password of the subject an access filing ({@code draft=access}) names. */
    static final String ACCESS_PASSWORD = "Access@2026";
    /** The registrar (and its region) that holds an approved filing's domain with {@code registrar=true}. */
    public static final String REGISTRAR = "阿里云计算有限公司";
    public static final String REGISTRAR_REGION = "浙江省杭州市余杭区";
    private static final long serialVersionUID = 1L;

    @Inject
    private AccountDesk accounts;

    @Inject
    private WorkflowFixture fixture;

    @Inject
    private BureauDesk bureau;

    @Inject
    private StandInRegistrar registrar;

    /**
     * A first filing of an enterprise in Shenzhen (or Xi'an), through review and the bureau: its credit
     * code, subject number and domain. With {@code registrar} the stand-in registrar holds the domain
     * for the subject, at {@link #REGISTRAR}.
     */
    private String approvedFirstFiling(WorkflowFixture.Applicant applicant, boolean xian, boolean withRegistrar) {
        FilingSnapshot snapshot = fixture.enterpriseFirstFiling(applicant, "已备案官网",
                xian ? WorkflowFixture.Place.XIAN : WorkflowFixture.Place.SHENZHEN);
        String domain = snapshot.websites().get(0).domains().get(0);
        if (withRegistrar) {
            registrar.register(domain, LocalDate.now().plusYears(2), snapshot.subject().name(), REGISTRAR, REGISTRAR_REGION);
        }
        OrderView submitted = fixture.submit(applicant.caller(), fixture.readyFirstFiling(applicant.caller(), snapshot), null, null);
        fixture.reviewToBureau(applicant.caller(), fixture.newReviewer(), submitted.orderNumber(), true);
        String number = TestData.subjectNumber(xian ? "陕" : "粤");
        bureau.approved(submitted.orderNumber(), new BureauApproval(number, List.of(number + "-1"), null));
        return snapshot.subject().certificateNumber() + "\n" + number + "\n" + domain;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8"); // Payara decodes the query string with it (principal=王…)
        String language = "en".equals(request.getParameter("language")) ? "en" : "zh-CN";
        String username = "it-" + TestData.unique();
        Role role = switch (String.valueOf(request.getParameter("role"))) {
            case "reviewer" -> Role.REVIEWER;
            case "admin" -> Role.ADMIN;
            default -> Role.APPLICANT;
        };
        var account = accounts.createAccount(new NewAccount(username, PASSWORD, "测试用户 " + username, username + "@example.com",
                WorkflowFixture.mobile(), language, Set.of(role)));
        String server = request.getParameter("server");
        if (server != null && server.matches("ins-[a-z0-9]{4,20}")) {
            fixture.addServer(account.id(), server);
        }
        String answer = username;
        if ("true".equals(request.getParameter("approved")) && server != null) {
            answer = username + "\n" + approvedFirstFiling(new WorkflowFixture.Applicant(
                    new Caller(username, Set.of(Role.APPLICANT)), account.id(), server, null),
                    "xian".equals(request.getParameter("place")), "true".equals(request.getParameter("registrar")));
        }
        if ("true".equals(request.getParameter("submitted")) && server != null) {
            WorkflowFixture.Applicant applicant = new WorkflowFixture.Applicant(new Caller(username, Set.of(Role.APPLICANT)), account.id(), server, null);
            WorkflowFixture.Place place = "lhasa".equals(request.getParameter("place")) ? WorkflowFixture.Place.LHASA
                    : WorkflowFixture.Place.SHENZHEN;
            String principal = request.getParameter("principal");
            OrderView ready = fixture.readyFirstFiling(applicant.caller(), fixture.enterpriseFirstFiling(applicant, "待审核官网", place,
                    principal == null || principal.isBlank() ? "陈晓明" : principal.strip()));
            String number = fixture.submit(applicant.caller(), ready, null, null).orderNumber();
            String photo = request.getParameter("photo");
            Caller reviewer = fixture.newReviewer();
            if ("awaiting".equals(photo) || "true".equals(photo) || "approved".equals(photo)) {
                // Past the initial review: awaiting the photo (待拍照).
                fixture.reviewerDesk.claim(reviewer, number);
                fixture.reviewerDesk.approveInitial(reviewer, number, null);
            }
            if ("true".equals(photo) || "approved".equals(photo)) {
                // With the curtain photo submitted for the re-review.
                fixture.applicantDesk.submitPhoto(applicant.caller(), number, fixture.uploadPhoto(applicant.caller()));
                if ("approved".equals(photo)) {
                    // And past the photo re-review: ready to be handed to the bureau.
                    fixture.reviewerDesk.claim(reviewer, number);
                    fixture.reviewerDesk.approvePhoto(reviewer, number);
                }
            }
            answer = username + "\n" + number;
        }
        if ("access".equals(request.getParameter("draft")) && server != null) {
            // An access filing of a site filed with another provider, ready but for its filing password.
            WorkflowFixture.Applicant applicant = new WorkflowFixture.Applicant(new Caller(username, Set.of(Role.APPLICANT)), account.id(), server, null);
            try {
                answer = username + "\n" + fixture.readyAccessDraft(applicant, ACCESS_PASSWORD).orderNumber() + "\n" + ACCESS_PASSWORD;
            } catch (Exception e) {
                throw new IOException("Cannot prepare the access filing", e);
            }
        }
        if ("xining".equals(request.getParameter("draft")) && server != null) {
            WorkflowFixture.Applicant applicant = new WorkflowFixture.Applicant(new Caller(username, Set.of(Role.APPLICANT)), account.id(), server, null);
            answer = username + "\n" + fixture.readyFirstFiling(applicant.caller(),
                    fixture.enterpriseFirstFiling(applicant, "西宁官网", WorkflowFixture.Place.XINING)).orderNumber();
        }
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().write(answer);
    }
}
