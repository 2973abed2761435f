package org.beian.application.internal;

import static org.beian.application.internal.StepAssertions.assertBetween;
import static org.beian.application.internal.StepAssertions.assertKey;
import static org.beian.application.internal.StepAssertions.assertLastHistoryEntry;
import static org.beian.application.internal.StepAssertions.assertOnlyEvent;
import static org.beian.application.internal.StepAssertions.assertReviewDueOneWorkingDayAfter;
import static org.beian.application.internal.StepAssertions.assertUntouched;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.beian.application.AccessDeniedException;
import org.beian.application.BusinessException;
import org.beian.application.ChecksFailedException;
import org.beian.application.ConcurrentChangeException;
import org.beian.application.TransitionRefusedException;
import org.beian.application.dto.BlockingFinding;
import org.beian.application.dto.OrderView;
import org.beian.application.dto.SubmitRequest;
import org.beian.application.event.ApplicationEvent;
import org.beian.application.security.Caller;
import org.beian.domain.model.document.Document;
import org.beian.domain.model.document.DocumentKind;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.OrderDocument;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.filing.workflow.IllegalTransitionException;
import org.beian.domain.model.filing.workflow.OrderEvents;
import org.junit.jupiter.api.Test;

/** The applicant's steps through {@link ApplicantSteps}: submit and its gates, withdraw, abandon, the curtain photo. */
class ApplicantStepsTest {

    private final InMemoryDesk desk = new InMemoryDesk();
    private final Caller owner = desk.applicant("chen.xiaoming");

    @Test
    void aSubmissionMovesTheDraftToSubmittedWithAReviewDeadlineAndRaisesOrderSubmitted() {
        FilingOrder order = draft();
        Instant before = Instant.now();

        OrderView view = desk.applicantSteps.submit(owner, new SubmitRequest(order.getOrderNumber(), order.getVersion(), true, "key-1", null));

        Instant after = Instant.now();
        assertEquals(OrderState.SUBMITTED, order.getState());
        assertEquals(OrderState.SUBMITTED, view.state());
        assertTrue(order.isAssistedCorrectionAgreed(), "the agreement is kept with the order");
        assertNotNull(order.getSubmittedAt());
        assertBetween(before, order.getSubmittedAt(), after);
        assertReviewDueOneWorkingDayAfter(order.getSubmittedAt(), order.getReviewDueAt());
        assertEquals(order.getReviewDueAt(), view.reviewDueAt());
        assertNull(order.getExpiresAt(), "an order under review does not expire");
        assertEquals("key-1", order.getSubmissionKey());
        assertEquals(2, order.getHistory().size());
        assertLastHistoryEntry(order, owner.username(), OrderState.DRAFT, OrderState.SUBMITTED, null);
        ApplicationEvent event = assertOnlyEvent(desk.events, OrderEvents.ORDER_SUBMITTED, order, owner.username(),
                OrderState.DRAFT, OrderState.SUBMITTED);
        assertEquals(order.getReviewDueAt().toString(), event.attributes().get("reviewDueAt"));
        assertTrue(desk.orders.flushes() > 0, "the view is read after a flush, so its version is the next one to send");
    }

    @Test
    void theSameClientKeyAgainIsTheSameSubmissionAndChangesNothing() {
        FilingOrder order = draft();
        long readVersion = order.getVersion();
        desk.applicantSteps.submit(owner, new SubmitRequest(order.getOrderNumber(), readVersion, true, "key-1", null));
        // The database moved the version on; a double click sends what the page had read.
        Wiring.setField(order, "version", readVersion + 1);

        OrderView again = desk.applicantSteps.submit(owner, new SubmitRequest(order.getOrderNumber(), readVersion, true, "key-1", null));

        assertEquals(OrderState.SUBMITTED, again.state());
        assertEquals(2, order.getHistory().size(), "one submission in the history");
        assertEquals(List.of(OrderEvents.ORDER_SUBMITTED), desk.events.types(), "one OrderSubmitted");
        assertEquals(1, desk.checks.passwordsAsked().size(), "the checks ran once");
    }

    @Test
    void aStaleVersionIsRefusedAsAConcurrentChange() {
        FilingOrder order = draft();

        ConcurrentChangeException refused = assertThrows(ConcurrentChangeException.class, () -> desk.applicantSteps.submit(owner,
                new SubmitRequest(order.getOrderNumber(), order.getVersion() + 1, true, "key-1", null)));

        assertKey("error.concurrentChange", refused);
        assertUntouched(order, OrderState.DRAFT, 1, desk.events);
        assertEquals(List.of(), desk.checks.passwordsAsked(), "refused before the checks run");
        assertNull(order.getSubmissionKey());
    }

    @Test
    void aNewClientKeyWithAStaleVersionIsNotMistakenForTheEarlierSubmission() {
        FilingOrder order = draft();
        long readVersion = order.getVersion();
        desk.applicantSteps.submit(owner, new SubmitRequest(order.getOrderNumber(), readVersion, true, "key-1", null));
        Wiring.setField(order, "version", readVersion + 1);

        assertThrows(ConcurrentChangeException.class, () -> desk.applicantSteps.submit(owner,
                new SubmitRequest(order.getOrderNumber(), readVersion, true, "key-2", null)));
        assertEquals("key-1", order.getSubmissionKey());
    }

    @Test
    void withoutAgreementToTheAssistedCorrectionTermsTheSubmissionIsRefused() {
        FilingOrder order = draft();

        BusinessException refused = assertThrows(BusinessException.class, () -> desk.applicantSteps.submit(owner,
                new SubmitRequest(order.getOrderNumber(), order.getVersion(), false, null, null)));

        assertKey("error.submit.termsNotAgreed", refused);
        assertArrayEquals(new Object[] {order.getOrderNumber()}, refused.getArguments());
        assertUntouched(order, OrderState.DRAFT, 1, desk.events);
        assertEquals(false, order.isAssistedCorrectionAgreed());
        assertEquals(List.of(), desk.checks.passwordsAsked());
    }

    @Test
    void blockingFindingsRefuseTheSubmissionAndNameEveryFinding() {
        FilingOrder order = draft();
        BlockingFinding noLicence = new BlockingFinding("DOCUMENT_MISSING", "subject.licence", "请上传营业执照");
        BlockingFinding badMobile = new BlockingFinding("PHONE_MOBILE_INVALID", "subject.principal.mobile", "手机号码格式不正确");
        desk.checks.block(noLicence, badMobile);

        ChecksFailedException refused = assertThrows(ChecksFailedException.class, () -> desk.applicantSteps.submit(owner,
                new SubmitRequest(order.getOrderNumber(), order.getVersion(), true, "key-1", "filing-password")));

        assertKey("error.submit.checksFailed", refused);
        assertEquals(List.of(noLicence, badMobile), refused.getFindings());
        assertEquals(List.of("filing-password"), desk.checks.passwordsAsked(), "the checks prove the filing password too");
        assertUntouched(order, OrderState.DRAFT, 1, desk.events);
        assertNull(order.getSubmissionKey(), "the key is not spent: the same key may submit once the findings are fixed");
    }

    @Test
    void anotherApplicantCannotSubmitTheOrder() {
        FilingOrder order = draft();
        Caller stranger = desk.applicant("li.na");

        assertThrows(AccessDeniedException.class, () -> desk.applicantSteps.submit(stranger,
                new SubmitRequest(order.getOrderNumber(), order.getVersion(), true, null, null)));
        assertUntouched(order, OrderState.DRAFT, 1, desk.events);
    }

    @Test
    void aSubmittedOrderIsWithdrawnWithTheApplicantsReason() {
        FilingOrder order = in(OrderState.SUBMITTED);
        int history = order.getHistory().size();

        OrderView view = desk.applicantSteps.withdraw(owner, order.getOrderNumber(), "  暂不开通网站  ");

        assertEquals(OrderState.WITHDRAWN, view.state());
        assertEquals(history + 1, order.getHistory().size());
        assertLastHistoryEntry(order, owner.username(), OrderState.SUBMITTED, OrderState.WITHDRAWN, "暂不开通网站");
        ApplicationEvent event = assertOnlyEvent(desk.events, OrderEvents.ORDER_WITHDRAWN, order, owner.username(),
                OrderState.SUBMITTED, OrderState.WITHDRAWN);
        assertEquals("暂不开通网站", event.attributes().get("reason"));
        assertNull(order.getReviewDueAt(), "nothing left to review");
    }

    @Test
    void anOrderPastTheInitialReviewCannotBeWithdrawn() {
        FilingOrder order = in(OrderState.AWAITING_PHOTO);
        int history = order.getHistory().size();

        TransitionRefusedException refused = assertThrows(TransitionRefusedException.class,
                () -> desk.applicantSteps.withdraw(owner, order.getOrderNumber(), null));

        assertKey(IllegalTransitionException.NOT_ALLOWED, refused);
        assertUntouched(order, OrderState.AWAITING_PHOTO, history, desk.events);
    }

    @Test
    void anOrderWaitingForThePhotoIsAbandoned() {
        FilingOrder order = in(OrderState.AWAITING_PHOTO);
        assertNotNull(order.getExpiresAt(), "fixture: an order waiting on the applicant expires");

        OrderView view = desk.applicantSteps.abandon(owner, order.getOrderNumber(), null);

        assertEquals(OrderState.ABANDONED, view.state());
        assertLastHistoryEntry(order, owner.username(), OrderState.AWAITING_PHOTO, OrderState.ABANDONED, null);
        assertOnlyEvent(desk.events, OrderEvents.ORDER_ABANDONED, order, owner.username(), OrderState.AWAITING_PHOTO, OrderState.ABANDONED);
        assertNull(order.getExpiresAt(), "a final order does not expire");
    }

    @Test
    void anOrderAtTheBureauCannotBeAbandoned() {
        FilingOrder order = in(OrderState.AT_BUREAU);
        int history = order.getHistory().size();

        TransitionRefusedException refused = assertThrows(TransitionRefusedException.class,
                () -> desk.applicantSteps.abandon(owner, order.getOrderNumber(), "太慢了"));

        assertKey(IllegalTransitionException.NOT_ALLOWED, refused);
        assertUntouched(order, OrderState.AT_BUREAU, history, desk.events);
    }

    @Test
    void aReviewerCannotWithdrawForTheApplicant() {
        FilingOrder order = in(OrderState.SUBMITTED);
        Caller reviewer = desk.reviewer("wang.fang");
        int history = order.getHistory().size();

        TransitionRefusedException refused = assertThrows(TransitionRefusedException.class,
                () -> desk.applicantSteps.withdraw(reviewer, order.getOrderNumber(), null));

        assertKey(IllegalTransitionException.NOT_PERMITTED, refused);
        assertUntouched(order, OrderState.SUBMITTED, history, desk.events);
    }

    @Test
    void theCurtainPhotoIsAttachedAndTheOrderGoesToThePhotoReview() {
        FilingOrder order = in(OrderState.AWAITING_PHOTO);
        Document photo = upload(owner, DocumentKind.CURTAIN_PHOTO, "幕布照片.jpg");

        OrderView view = desk.applicantSteps.submitPhoto(owner, order.getOrderNumber(), photo.getId());

        assertEquals(OrderState.PHOTO_SUBMITTED, view.state());
        assertEquals(Set.of(new OrderDocument(photo.getId(), ApplicantSteps.PHOTO_PURPOSE)), order.getDocuments());
        assertLastHistoryEntry(order, owner.username(), OrderState.AWAITING_PHOTO, OrderState.PHOTO_SUBMITTED, null);
        assertOnlyEvent(desk.events, OrderEvents.PHOTO_SUBMITTED, order, owner.username(), OrderState.AWAITING_PHOTO,
                OrderState.PHOTO_SUBMITTED);
        assertReviewDueOneWorkingDayAfter(order.getUpdatedAt(), order.getReviewDueAt());
        assertNull(order.getExpiresAt());
    }

    @Test
    void aDocumentOfAnotherKindIsRefusedAsThePhoto() {
        FilingOrder order = in(OrderState.AWAITING_PHOTO);
        int history = order.getHistory().size();
        Document idCard = upload(owner, DocumentKind.IDENTITY_FRONT, "身份证人像面.jpg");

        BusinessException refused = assertThrows(BusinessException.class,
                () -> desk.applicantSteps.submitPhoto(owner, order.getOrderNumber(), idCard.getId()));

        assertKey("error.photo.wrongKind", refused);
        assertArrayEquals(new Object[] {"身份证人像面.jpg"}, refused.getArguments());
        assertUntouched(order, OrderState.AWAITING_PHOTO, history, desk.events);
        assertEquals(Set.of(), order.getDocuments(), "nothing attached");
    }

    @Test
    void anotherAccountsPhotoIsRefused() {
        FilingOrder order = in(OrderState.AWAITING_PHOTO);
        int history = order.getHistory().size();
        Document strangers = upload(desk.applicant("li.na"), DocumentKind.CURTAIN_PHOTO, "幕布照片.jpg");

        assertThrows(AccessDeniedException.class, () -> desk.applicantSteps.submitPhoto(owner, order.getOrderNumber(), strangers.getId()));
        assertUntouched(order, OrderState.AWAITING_PHOTO, history, desk.events);
        assertEquals(Set.of(), order.getDocuments());
    }

    private FilingOrder draft() {
        return desk.draft(owner, OrderType.FIRST_FILING, null, UnitTestData.firstFilingWithTwoWebsites());
    }

    private FilingOrder in(OrderState state) {
        return desk.orderIn(owner, OrderType.FIRST_FILING, null, UnitTestData.firstFilingWithTwoWebsites(), state);
    }

    private Document upload(Caller caller, DocumentKind kind, String fileName) {
        return desk.documents.add(new Document(desk.accountIdOf(caller), kind, fileName, "image/jpeg", 3, "0".repeat(64), 800, 600,
                Instant.now()), new byte[] {1, 2, 3});
    }
}
