package org.beian.application.internal;

import static org.beian.application.internal.StepAssertions.assertBetween;
import static org.beian.application.internal.StepAssertions.assertClaimedBy;
import static org.beian.application.internal.StepAssertions.assertDueWorkingDaysAfter;
import static org.beian.application.internal.StepAssertions.assertKey;
import static org.beian.application.internal.StepAssertions.assertLastHistoryEntry;
import static org.beian.application.internal.StepAssertions.assertNoClaim;
import static org.beian.application.internal.StepAssertions.assertOnlyEvent;
import static org.beian.application.internal.StepAssertions.assertUntouched;
import static org.beian.application.internal.StepAssertions.lastStepAt;
import static org.beian.application.internal.UnitTestData.SUBJECT_NUMBER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.beian.application.AccessDeniedException;
import org.beian.application.BusinessException;
import org.beian.application.TransitionRefusedException;
import org.beian.application.dto.OrderView;
import org.beian.application.dto.RemarkInput;
import org.beian.application.event.ApplicationEvent;
import org.beian.application.port.BureauSubmission;
import org.beian.application.security.Caller;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.filing.ReviewRemark;
import org.beian.domain.model.filing.SubjectData;
import org.beian.domain.model.filing.workflow.IllegalTransitionException;
import org.beian.domain.model.filing.workflow.OrderEvents;
import org.beian.domain.model.filing.workflow.OrderStateMachine;
import org.beian.domain.model.registry.Subject;
import org.junit.jupiter.api.Test;

/** The reviewers' steps through {@link ReviewSteps}: claims, the reviews, the correction and the hand-over to the bureau. */
class ReviewStepsTest {

    private final InMemoryDesk desk = new InMemoryDesk();
    private final Caller owner = desk.applicant("chen.xiaoming");
    private final Caller reviewer = desk.reviewer("wang.fang");

    @Test
    void aReviewerClaimsAFreeOrderForThirtyMinutes() {
        FilingOrder order = in(OrderState.SUBMITTED);
        long version = order.getVersion();
        Instant before = Instant.now();

        OrderView view = desk.reviewSteps.claim(reviewer, order.getOrderNumber());

        assertClaimedBy(order, reviewer.username());
        assertBetween(before.plus(ReviewSteps.CLAIM), order.getClaimExpiresAt(), Instant.now().plus(ReviewSteps.CLAIM));
        assertEquals(version + 1, view.version(), "the view carries the version the claim wrote");
        assertEquals(OrderState.SUBMITTED, order.getState(), "claiming is no step of the workflow");
        assertEquals(List.of(), desk.events.types());
    }

    @Test
    void anOrderClaimedByAnotherReviewerIsRefusedAndNamesThatReviewer() {
        FilingOrder order = in(OrderState.SUBMITTED);
        Instant until = Instant.now().plus(Duration.ofMinutes(10));
        desk.orders.claimedAlready(order, "li.reviewer", until);

        BusinessException refused = assertThrows(BusinessException.class, () -> desk.reviewSteps.claim(reviewer, order.getOrderNumber()));

        assertKey("error.claim.taken", refused);
        assertArrayEquals(new Object[] {order.getOrderNumber(), "li.reviewer"}, refused.getArguments());
        assertEquals("li.reviewer", order.getClaimedBy());
        assertEquals(until, order.getClaimExpiresAt());
    }

    @Test
    void anExpiredClaimOfAnotherReviewerCanBeTakenOver() {
        FilingOrder order = in(OrderState.SUBMITTED);
        desk.orders.claimedAlready(order, "li.reviewer", Instant.now().minus(Duration.ofMinutes(1)));

        desk.reviewSteps.claim(reviewer, order.getOrderNumber());

        assertClaimedBy(order, reviewer.username());
    }

    @Test
    void anApplicantCannotClaimNorDecideNorSubmitToTheBureau() {
        FilingOrder order = in(OrderState.SUBMITTED);
        String number = order.getOrderNumber();

        assertThrows(AccessDeniedException.class, () -> desk.reviewSteps.claim(owner, number));
        assertThrows(AccessDeniedException.class, () -> desk.reviewSteps.approveInitial(owner, number, null));
        assertThrows(AccessDeniedException.class, () -> desk.reviewSteps.submitToBureau(owner, List.of(number)));
        assertNull(order.getClaimedBy());
        assertUntouched(order, OrderState.SUBMITTED, order.getHistory().size(), desk.events);
        assertEquals(List.of(), desk.bureau.submitted());
    }

    @Test
    void aDecisionWithoutTheClaimIsRefused() {
        FilingOrder order = in(OrderState.SUBMITTED);
        int history = order.getHistory().size();

        BusinessException refused = assertThrows(BusinessException.class,
                () -> desk.reviewSteps.approveInitial(reviewer, order.getOrderNumber(), null));

        assertKey("error.claim.required", refused);
        assertUntouched(order, OrderState.SUBMITTED, history, desk.events);
    }

    @Test
    void aDecisionOnAnOrderAnotherReviewerClaimedIsRefused() {
        FilingOrder order = in(OrderState.SUBMITTED);
        desk.orders.claimedAlready(order, "li.reviewer", Instant.now().plus(Duration.ofMinutes(10)));
        int history = order.getHistory().size();

        BusinessException refused = assertThrows(BusinessException.class, () -> desk.reviewSteps.rejectInitial(reviewer,
                order.getOrderNumber(), List.of(new RemarkInput("subject.name", "名称与执照不符", null))));

        assertKey("error.claim.required", refused);
        assertUntouched(order, OrderState.SUBMITTED, history, desk.events);
        assertEquals(List.of(), order.getRemarks());
        assertEquals("li.reviewer", order.getClaimedBy(), "the other reviewer keeps the claim");
    }

    @Test
    void aDecisionAfterTheOwnClaimExpiredIsRefused() {
        FilingOrder order = in(OrderState.PHOTO_SUBMITTED);
        desk.orders.claimedAlready(order, reviewer.username(), Instant.now().minusSeconds(1));

        BusinessException refused = assertThrows(BusinessException.class,
                () -> desk.reviewSteps.approvePhoto(reviewer, order.getOrderNumber()));

        assertKey("error.claim.required", refused);
        assertEquals(OrderState.PHOTO_SUBMITTED, order.getState());
    }

    @Test
    void anApprovedInitialReviewWaitsForThePhotoAndReleasesTheClaim() {
        FilingOrder order = claimed(in(OrderState.SUBMITTED));

        OrderView view = desk.reviewSteps.approveInitial(reviewer, order.getOrderNumber(), "资料齐全");

        assertEquals(OrderState.AWAITING_PHOTO, view.state());
        assertLastHistoryEntry(order, reviewer.username(), OrderState.SUBMITTED, OrderState.AWAITING_PHOTO, "资料齐全");
        assertOnlyEvent(desk.events, OrderEvents.INITIAL_REVIEW_APPROVED, order, reviewer.username(), OrderState.SUBMITTED,
                OrderState.AWAITING_PHOTO);
        assertNoClaim(order);
        assertNull(order.getReviewDueAt(), "the review is done");
        assertEquals(lastStepAt(order).plus(Duration.ofDays(OrderStateMachine.EXPIRY_DAYS)), order.getExpiresAt(),
                "the order now waits on the applicant, and expires if it waits too long");
    }

    @Test
    void anApprovedCancellationSkipsThePhotoAndWaitsForTheBureau() {
        FilingOrder order = claimed(desk.orderIn(owner, OrderType.CANCEL_WEBSITE, 1L, UnitTestData.oneWebsite("示例商城", "example-shop.cn"),
                OrderState.SUBMITTED));

        desk.reviewSteps.approveInitial(reviewer, order.getOrderNumber(), null);

        assertEquals(OrderState.AWAITING_BUREAU, order.getState());
        assertLastHistoryEntry(order, reviewer.username(), OrderState.SUBMITTED, OrderState.AWAITING_BUREAU, null);
        assertOnlyEvent(desk.events, OrderEvents.INITIAL_REVIEW_APPROVED, order, reviewer.username(), OrderState.SUBMITTED,
                OrderState.AWAITING_BUREAU);
        assertNoClaim(order);
    }

    @Test
    void aRejectedInitialReviewKeepsEachRemarkAndTellsThemAllAsTheReason() {
        FilingOrder order = claimed(in(OrderState.SUBMITTED));
        List<RemarkInput> remarks = List.of(new RemarkInput("subject.name", "名称与执照不符", "按营业执照填写"),
                new RemarkInput("websites[0].name", "网站名称过于宽泛", null));

        OrderView view = desk.reviewSteps.rejectInitial(reviewer, order.getOrderNumber(), remarks);

        assertEquals(OrderState.INITIAL_REJECTED, view.state());
        List<ReviewRemark> kept = order.getRemarks();
        assertEquals(2, kept.size());
        assertEquals("subject.name", kept.get(0).getFieldPath());
        assertEquals("名称与执照不符", kept.get(0).getReason());
        assertEquals("按营业执照填写", kept.get(0).getSuggestion());
        assertEquals(reviewer.username(), kept.get(0).getReviewer());
        assertEquals("websites[0].name", kept.get(1).getFieldPath());
        String reason = "subject.name: 名称与执照不符; websites[0].name: 网站名称过于宽泛";
        assertLastHistoryEntry(order, reviewer.username(), OrderState.SUBMITTED, OrderState.INITIAL_REJECTED, reason);
        ApplicationEvent event = assertOnlyEvent(desk.events, OrderEvents.INITIAL_REVIEW_REJECTED, order, reviewer.username(),
                OrderState.SUBMITTED, OrderState.INITIAL_REJECTED);
        assertEquals(reason, event.attributes().get("reason"));
        assertNoClaim(order);
        assertNotNull(order.getExpiresAt(), "back with the applicant");
    }

    @Test
    void aRejectionWithoutRemarksIsRefusedAndTheClaimIsKept() {
        FilingOrder order = claimed(in(OrderState.SUBMITTED));
        int history = order.getHistory().size();

        TransitionRefusedException refused = assertThrows(TransitionRefusedException.class,
                () -> desk.reviewSteps.rejectInitial(reviewer, order.getOrderNumber(), List.of()));

        assertKey(IllegalTransitionException.REASON_REQUIRED, refused);
        assertUntouched(order, OrderState.SUBMITTED, history, desk.events);
        assertClaimedBy(order, reviewer.username());
    }

    @Test
    void anApprovedPhotoWaitsForTheBureauAndReleasesTheClaim() {
        FilingOrder order = claimed(in(OrderState.PHOTO_SUBMITTED));

        OrderView view = desk.reviewSteps.approvePhoto(reviewer, order.getOrderNumber());

        assertEquals(OrderState.AWAITING_BUREAU, view.state());
        assertLastHistoryEntry(order, reviewer.username(), OrderState.PHOTO_SUBMITTED, OrderState.AWAITING_BUREAU, null);
        assertOnlyEvent(desk.events, OrderEvents.PHOTO_APPROVED, order, reviewer.username(), OrderState.PHOTO_SUBMITTED,
                OrderState.AWAITING_BUREAU);
        assertNoClaim(order);
        assertNull(order.getExpiresAt(), "the provider, not the applicant, acts next");
    }

    @Test
    void aRejectedPhotoAsksForANewOneWithTheReasonAndReleasesTheClaim() {
        FilingOrder order = claimed(in(OrderState.PHOTO_SUBMITTED));

        desk.reviewSteps.rejectPhoto(reviewer, order.getOrderNumber(), "背景不是幕布");

        assertEquals(OrderState.PHOTO_REJECTED, order.getState());
        assertLastHistoryEntry(order, reviewer.username(), OrderState.PHOTO_SUBMITTED, OrderState.PHOTO_REJECTED, "背景不是幕布");
        ApplicationEvent event = assertOnlyEvent(desk.events, OrderEvents.PHOTO_REJECTED, order, reviewer.username(),
                OrderState.PHOTO_SUBMITTED, OrderState.PHOTO_REJECTED);
        assertEquals("背景不是幕布", event.attributes().get("reason"));
        assertNoClaim(order);
    }

    @Test
    void aPhotoRejectionWithoutAReasonIsRefused() {
        FilingOrder order = claimed(in(OrderState.PHOTO_SUBMITTED));
        int history = order.getHistory().size();

        TransitionRefusedException refused = assertThrows(TransitionRefusedException.class,
                () -> desk.reviewSteps.rejectPhoto(reviewer, order.getOrderNumber(), " "));

        assertKey(IllegalTransitionException.REASON_REQUIRED, refused);
        assertUntouched(order, OrderState.PHOTO_SUBMITTED, history, desk.events);
    }

    @Test
    void anAssistedCorrectionReplacesTheSnapshotRecordsTheChangeAndKeepsTheClaimForTheDecision() {
        FilingOrder order = claimed(in(OrderState.SUBMITTED));
        FilingSnapshot corrected = new FilingSnapshot(order.getSnapshot().subject(), List.of(
                UnitTestData.withName(order.getSnapshot().websites().get(0), "示例科技官方门户"), order.getSnapshot().websites().get(1)));

        OrderView view = desk.reviewSteps.correct(reviewer, order.getOrderNumber(), corrected, "网站名称按申请人电话确认修改");

        assertEquals(OrderState.SUBMITTED, view.state(), "still the same initial review");
        assertEquals(corrected, order.getSnapshot());
        String recorded = order.getHistory().get(order.getHistory().size() - 1).getReason();
        assertTrue(recorded.startsWith("网站名称按申请人电话确认修改 — "), recorded);
        assertTrue(recorded.contains("示例科技官方网站") && recorded.contains("示例科技官方门户"), "before and after: " + recorded);
        assertOnlyEvent(desk.events, OrderEvents.ORDER_CORRECTED, order, reviewer.username(), OrderState.SUBMITTED, OrderState.SUBMITTED);
        // Correcting is part of the review, not its end: the same reviewer decides next without claiming again.
        assertClaimedBy(order, reviewer.username());
        desk.reviewSteps.approveInitial(reviewer, order.getOrderNumber(), null);
        assertEquals(OrderState.AWAITING_PHOTO, order.getState());
    }

    @Test
    void anAssistedCorrectionWithoutTheApplicantsAgreementIsRefused() {
        FilingOrder order = claimed(in(OrderState.SUBMITTED));
        order.agreeToAssistedCorrection(false);
        FilingSnapshot asSubmitted = order.getSnapshot();
        FilingSnapshot corrected = new FilingSnapshot(asSubmitted.subject(),
                List.of(UnitTestData.withName(asSubmitted.websites().get(0), "示例科技官方门户")));
        int history = order.getHistory().size();

        TransitionRefusedException refused = assertThrows(TransitionRefusedException.class,
                () -> desk.reviewSteps.correct(reviewer, order.getOrderNumber(), corrected, "名称补全"));

        assertKey(IllegalTransitionException.ASSISTED_CORRECTION_NOT_AGREED, refused);
        assertEquals(asSubmitted, order.getSnapshot());
        assertUntouched(order, OrderState.SUBMITTED, history, desk.events);
    }

    @Test
    void submittingToTheBureauHandsEachOrderOverWithItsSubjectsNumberAndTheProvincesDeadline() {
        Subject filed = desk.registryRows.add(new Subject(desk.accountIdOf(owner), SUBJECT_NUMBER,
                UnitTestData.enterprise("深圳市示例科技有限公司", "广东省深圳市南山区科苑路8号1层101室"), Instant.now()));
        FilingOrder change = desk.orderIn(owner, OrderType.CHANGE, filed.getId(), UnitTestData.oneWebsite("示例商城", "example-shop.cn"),
                OrderState.AWAITING_BUREAU);
        FilingOrder zhejiangFirst = desk.orderIn(desk.applicant("zhou.li"), OrderType.FIRST_FILING, null, zhejiang(), OrderState.AWAITING_BUREAU);
        Instant before = Instant.now();

        List<OrderView> views = desk.reviewSteps.submitToBureau(reviewer, List.of(change.getOrderNumber(), zhejiangFirst.getOrderNumber()));

        assertEquals(List.of(OrderState.AT_BUREAU, OrderState.AT_BUREAU), views.stream().map(OrderView::state).toList());
        assertEquals(List.of(
                new BureauSubmission(change.getOrderNumber(), OrderType.CHANGE, "440000", SUBJECT_NUMBER, change.getSnapshot()),
                new BureauSubmission(zhejiangFirst.getOrderNumber(), OrderType.FIRST_FILING, FixedReferenceData.ZHEJIANG, null,
                        zhejiangFirst.getSnapshot())), desk.bureau.submitted());
        assertDueWorkingDaysAfter(lastStepAt(change), 20, change.getBureauDueAt());
        assertDueWorkingDaysAfter(lastStepAt(zhejiangFirst), 30, zhejiangFirst.getBureauDueAt());
        assertBetween(before, change.getBureauSubmittedAt(), Instant.now());
        assertLastHistoryEntry(change, reviewer.username(), OrderState.AWAITING_BUREAU, OrderState.AT_BUREAU, null);
        assertEquals(List.of(OrderEvents.SUBMITTED_TO_BUREAU, OrderEvents.SUBMITTED_TO_BUREAU), desk.events.types());
        assertEquals(change.getBureauDueAt().toString(), desk.events.raised().get(0).attributes().get("bureauDueAt"));
    }

    @Test
    void anOrderNotYetReviewedIsNotHandedToTheBureau() {
        FilingOrder order = in(OrderState.PHOTO_SUBMITTED);
        int history = order.getHistory().size();

        TransitionRefusedException refused = assertThrows(TransitionRefusedException.class,
                () -> desk.reviewSteps.submitToBureau(reviewer, List.of(order.getOrderNumber())));

        assertKey(IllegalTransitionException.NOT_ALLOWED, refused);
        assertUntouched(order, OrderState.PHOTO_SUBMITTED, history, desk.events);
        assertEquals(List.of(), desk.bureau.submitted());
        assertNull(order.getBureauSubmittedAt());
    }

    private FilingOrder in(OrderState state) {
        return desk.orderIn(owner, OrderType.FIRST_FILING, null, UnitTestData.firstFilingWithTwoWebsites(), state);
    }

    /** Claimed through the step itself, as the console does before every decision. */
    private FilingOrder claimed(FilingOrder order) {
        desk.reviewSteps.claim(reviewer, order.getOrderNumber());
        return order;
    }

    /** A first filing in Zhejiang, whose bureau takes 30 working days instead of 20. */
    private static FilingSnapshot zhejiang() {
        SubjectData s = UnitTestData.enterprise("杭州示例科技有限公司", "浙江省杭州市西湖区文三路100号");
        SubjectData inZhejiang = new SubjectData(FixedReferenceData.ZHEJIANG, "330100", "330106", s.nature(), s.certificateType(),
                "91330106MA27XXXXXX", s.name(), s.certificateAddress(), s.investor(), s.legalRepresentative(), s.mailingAddress(),
                s.remark(), s.principal(), null);
        return new FilingSnapshot(inZhejiang, List.of(UnitTestData.website("杭州示例官网", "example-hz.cn", true)));
    }
}
