package org.beian.it.container;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.beian.application.desk.AdministrationDesk;
import org.beian.application.desk.BureauDesk;
import org.beian.application.dto.BureauApproval;
import org.beian.application.dto.CurtainRequestView;
import org.beian.application.dto.CurtainShipment;
import org.beian.application.dto.RemarkInput;
import org.beian.application.security.Caller;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.SubjectData;

/**
 * Test support, deployed only in the test WAR: the provider's and the bureau's side of an order, for
 * browser tests that play the applicant (POST {@code /beian-tests/orders?step=…}). Each step goes through
 * the same desks the console and the bureau gateway use, as a fresh reviewer or administrator:
 * {@code rejectFields&order=…&fields=a|b} (a remark "原因：a" / "建议：a" on each field), {@code correctAddress} (an assisted correction of the mailing address), {@code approveInitial},
 * {@code rejectPhoto&reason=…}, {@code approvePhoto}, {@code toBureau}, {@code approveBureau} (answers the
 * subject number), {@code shipCurtain&user=…} / {@code deliverCurtain&user=…} (the account's open curtain
 * request), {@code smsCode&mobile=…&n=…} (the n-th code the ministry texted). Answers the order's state,
 * or what the step names.
 */
@WebServlet("/orders")
public class TestOrdersServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private WorkflowFixture fixture;

    @Inject
    private AdministrationDesk administration;

    @Inject
    private BureauDesk bureau;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Decoded here as UTF-8: the container reads a POST's query string as ISO-8859-1 (a Chinese reason was garbled).
        Map<String, String> parameters = new HashMap<>();
        for (String pair : String.valueOf(request.getQueryString()).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                parameters.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        String answer = step(parameters);
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().write(answer);
    }

    private String step(Map<String, String> parameter) {
        String order = parameter.get("order");
        return switch (parameter.get("step")) {
            case "rejectFields" -> {
                Caller reviewer = claimed(order);
                List<RemarkInput> remarks = Arrays.stream(parameter.get("fields").split("\\|"))
                        .map(f -> new RemarkInput(f, "原因：" + f, "建议：" + f)).toList();
                yield fixture.reviewerDesk.rejectInitial(reviewer, order, remarks).state().name();
            }
            case "correctAddress" -> {
                // 协助更改: the reviewer completes the mailing address instead of rejecting.
                Caller reviewer = claimed(order);
                FilingSnapshot snapshot = fixture.reviewerDesk.getOrder(reviewer, order).snapshot();
                SubjectData s = snapshot.subject();
                SubjectData corrected = new SubjectData(s.provinceCode(), s.cityCode(), s.districtCode(), s.nature(), s.certificateType(),
                        s.certificateNumber(), s.name(), s.certificateAddress(), s.investor(), s.legalRepresentative(),
                        s.mailingAddress() + "1单元", s.remark(), s.principal(), s.icpNumber());
                yield fixture.reviewerDesk.correct(reviewer, order, new FilingSnapshot(corrected, snapshot.websites()), "补全门牌号")
                        .state().name();
            }
            case "approveInitial" -> fixture.reviewerDesk.approveInitial(claimed(order), order, null).state().name();
            case "rejectPhoto" -> fixture.reviewerDesk.rejectPhoto(claimed(order), order, parameter.get("reason")).state().name();
            case "approvePhoto" -> fixture.reviewerDesk.approvePhoto(claimed(order), order).state().name();
            case "toBureau" -> fixture.reviewerDesk.submitToBureau(fixture.newReviewer(), List.of(order)).get(0).state().name();
            case "approveBureau" -> {
                String number = TestData.subjectNumber("粤");
                bureau.approved(order, new BureauApproval(number, List.of(number + "-1"), null));
                yield number;
            }
            case "shipCurtain" -> {
                CurtainRequestView curtain = curtainOf(parameter.get("user"));
                yield administration.shipCurtain(fixture.newAdmin(), new CurtainShipment(curtain.id(), "顺丰速运", "SF" + TestData.unique()))
                        .trackingNumber();
            }
            case "deliverCurtain" -> administration.markCurtainDelivered(fixture.newAdmin(), curtainOf(parameter.get("user")).id()).state();
            case "smsCode" -> fixture.awaitSmsCode(parameter.get("mobile"), Integer.parseInt(parameter.get("n")));
            default -> throw new IllegalArgumentException("No such step: " + parameter.get("step"));
        };
    }

    /** A fresh reviewer holding the order's claim. */
    private Caller claimed(String order) {
        Caller reviewer = fixture.newReviewer();
        fixture.reviewerDesk.claim(reviewer, order);
        return reviewer;
    }

    private CurtainRequestView curtainOf(String username) {
        return administration.curtainRequests(fixture.newAdmin(), false, 500).stream().filter(c -> c.username().equals(username))
                .findFirst().orElseThrow(() -> new IllegalStateException("No curtain request of " + username));
    }

}
