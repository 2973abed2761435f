package org.beian.application.internal;

import static org.beian.application.internal.StepAssertions.assertKey;
import static org.beian.application.internal.StepAssertions.assertLastHistoryEntry;
import static org.beian.application.internal.StepAssertions.assertOnlyEvent;
import static org.beian.application.internal.StepAssertions.assertReviewDueOneWorkingDayAfter;
import static org.beian.application.internal.StepAssertions.assertUntouched;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.beian.application.AccessDeniedException;
import org.beian.application.BusinessException;
import org.beian.application.dto.ElectronicVerificationView;
import org.beian.application.port.ElectronicVerificationPlatform;
import org.beian.application.security.Caller;
import org.beian.domain.model.document.Document;
import org.beian.domain.model.document.DocumentKind;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.OrderDocument;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.filing.workflow.OrderEvents;
import org.beian.domain.model.verification.ElectronicVerification;
import org.beian.domain.model.verification.ElectronicVerification.State;
import org.junit.jupiter.api.Test;

/** Electronic verification through {@link ElectronicVerifications}: codes, their replacement, and the platform's answers. */
class ElectronicVerificationsTest {

    private static final byte[] FORM = "%PDF-1.4 signed form".getBytes(StandardCharsets.US_ASCII);

    private final InMemoryDesk desk = new InMemoryDesk();
    private final Caller owner = desk.applicant("chen.xiaoming");

    @Test
    void theOwnerGetsACodeForTheWebsitePrincipal() {
        FilingOrder order = in(OrderState.AWAITING_PHOTO);

        ElectronicVerificationView view = desk.electronicVerifications.start(owner, order.getOrderNumber());

        assertEquals(List.of(new ElectronicVerificationPlatform.Principal(order.getOrderNumber(), "陈晓明", "RESIDENT_ID",
                "440305198506123451")), desk.platform.opened());
        assertEquals(State.OPEN, view.state());
        assertEquals("https://platform.example/v?t=ref-1", view.phoneUrl());
        assertEquals("陈晓明", view.principalName());
        assertNull(view.unavailableKey());
        assertEquals(view, desk.electronicVerifications.current(owner, order.getOrderNumber()));
        assertUntouched(order, OrderState.AWAITING_PHOTO, order.getHistory().size(), desk.events);
    }

    @Test
    void aRefreshedCodeReplacesTheOpenOneWhichThePlatformCancels() {
        FilingOrder order = in(OrderState.AWAITING_PHOTO);
        desk.electronicVerifications.start(owner, order.getOrderNumber());

        ElectronicVerificationView refreshed = desk.electronicVerifications.start(owner, order.getOrderNumber());

        assertEquals("https://platform.example/v?t=ref-2", refreshed.phoneUrl());
        assertEquals(List.of("ref-1"), desk.platform.cancelled());
        assertEquals(Map.of("ref-1", State.SUPERSEDED, "ref-2", State.OPEN), states());
        BusinessException late = assertThrows(BusinessException.class,
                () -> desk.electronicVerifications.passed("ref-1", jpeg(), FORM));
        assertKey("error.everify.closed", late);
        assertEquals(OrderState.AWAITING_PHOTO, order.getState());
        assertEquals(List.of(), List.copyOf(order.getDocuments()), "nothing attached from the replaced code");
    }

    @Test
    void onlyTheOwnerMayAskForACode() {
        FilingOrder order = in(OrderState.AWAITING_PHOTO);
        assertThrows(AccessDeniedException.class, () -> desk.electronicVerifications.start(desk.applicant("li.na"), order.getOrderNumber()));
        assertThrows(AccessDeniedException.class, () -> desk.electronicVerifications.start(desk.reviewer("wang.fang"), order.getOrderNumber()));
        assertThrows(AccessDeniedException.class, () -> desk.electronicVerifications.current(desk.applicant("zhao.lei"), order.getOrderNumber()));
        assertEquals(List.of(), desk.platform.opened());
    }

    @Test
    void noCodeWhileTheOrderDoesNotWaitForItsPhoto() {
        FilingOrder order = in(OrderState.SUBMITTED);

        BusinessException refused = assertThrows(BusinessException.class, () -> desk.electronicVerifications.start(owner, order.getOrderNumber()));

        assertKey("error.everify.notAwaitingPhoto", refused);
        assertEquals(List.of(), desk.platform.opened());
    }

    @Test
    void websitesWithDifferentPrincipalsCannotBeVerifiedElectronically() {
        FilingOrder order = desk.orderIn(owner, OrderType.FIRST_FILING, null, UnitTestData.firstFilingWithTwoWebsites(), OrderState.AWAITING_PHOTO);

        assertEquals("everify.unavailable.severalPrincipals", desk.electronicVerifications.current(owner, order.getOrderNumber()).unavailableKey());
        BusinessException refused = assertThrows(BusinessException.class, () -> desk.electronicVerifications.start(owner, order.getOrderNumber()));
        assertKey("everify.unavailable.severalPrincipals", refused);
    }

    @Test
    void aPassAttachesThePhotoAndTheFormAndTheOrderGoesToTheReReview() {
        FilingOrder order = in(OrderState.PHOTO_REJECTED);
        desk.electronicVerifications.start(owner, order.getOrderNumber());
        byte[] photo = jpeg();

        desk.electronicVerifications.passed("ref-1", photo, FORM);

        assertEquals(OrderState.PHOTO_SUBMITTED, order.getState());
        assertLastHistoryEntry(order, "verification-platform", OrderState.PHOTO_REJECTED, OrderState.PHOTO_SUBMITTED,
                ElectronicVerifications.PASSED_REASON);
        assertOnlyEvent(desk.events, OrderEvents.PHOTO_SUBMITTED, order, "verification-platform", OrderState.PHOTO_REJECTED,
                OrderState.PHOTO_SUBMITTED);
        assertReviewDueOneWorkingDayAfter(order.getUpdatedAt(), order.getReviewDueAt());
        Map<String, Long> attached = order.getDocuments().stream().collect(Collectors.toMap(OrderDocument::getPurpose, OrderDocument::getDocumentId));
        Document stored = desk.documents.find(attached.get(ApplicantSteps.PHOTO_PURPOSE)).orElseThrow();
        assertEquals(DocumentKind.VERIFICATION_PHOTO, stored.getKind());
        assertEquals("image/jpeg", stored.getContentType());
        assertEquals(desk.accountIdOf(owner), stored.getAccountId(), "in the owner's library");
        assertEquals(640, stored.getWidth());
        assertArrayEquals(photo, desk.documents.content(stored.getId()).orElseThrow());
        Document form = desk.documents.find(attached.get(ElectronicVerifications.FORM_PURPOSE)).orElseThrow();
        assertEquals(DocumentKind.ELECTRONIC_VERIFICATION_FORM, form.getKind());
        assertEquals("application/pdf", form.getContentType());
        ElectronicVerificationView view = desk.electronicVerifications.current(owner, order.getOrderNumber());
        assertEquals(State.PASSED, view.state());
        assertEquals(order.getReviewDueAt(), view.reviewDueAt());
        assertThrows(BusinessException.class, () -> desk.electronicVerifications.passed("ref-1", photo, FORM), "answered once");
    }

    @Test
    void aFailureKeepsTheReasonAndTheOrderWaitsForAnotherTry() {
        FilingOrder order = in(OrderState.AWAITING_PHOTO);
        desk.electronicVerifications.start(owner, order.getOrderNumber());
        int history = order.getHistory().size();

        desk.electronicVerifications.failed("ref-1", "everify.failed.FACE_MISMATCH");

        assertUntouched(order, OrderState.AWAITING_PHOTO, history, desk.events);
        ElectronicVerificationView view = desk.electronicVerifications.current(owner, order.getOrderNumber());
        assertEquals(State.FAILED, view.state());
        assertEquals("everify.failed.FACE_MISMATCH", view.failureKey());
        assertEquals(State.OPEN, desk.electronicVerifications.start(owner, order.getOrderNumber()).state(), "a new try");
        assertEquals(Map.of("ref-1", State.FAILED, "ref-2", State.OPEN), states());
    }

    @Test
    void anExpiredCodeIsShownExpiredAndItsAnswerChangesNothing() {
        FilingOrder order = in(OrderState.AWAITING_PHOTO);
        desk.electronicVerifications.start(owner, order.getOrderNumber());
        ElectronicVerification session = desk.verificationSessions.findByReference("ref-1").orElseThrow();
        Wiring.setField(session, "expiresAt", Instant.now().minusSeconds(1));

        assertEquals(State.EXPIRED, desk.electronicVerifications.current(owner, order.getOrderNumber()).state());
        assertKey("error.everify.closed", assertThrows(BusinessException.class, () -> desk.electronicVerifications.passed("ref-1", jpeg(), FORM)));
        assertKey("error.everify.closed", assertThrows(BusinessException.class,
                () -> desk.electronicVerifications.failed("ref-1", "everify.failed.FACE_MISMATCH")));
        assertEquals(OrderState.AWAITING_PHOTO, order.getState());
        desk.electronicVerifications.start(owner, order.getOrderNumber());
        assertEquals(State.EXPIRED, session.getState(), "written expired once replaced");
        assertEquals(List.of(), desk.platform.cancelled(), "nothing to cancel: it had expired");
    }

    @Test
    void aPhotoThatIsNotAJpegIsRefused() {
        FilingOrder order = in(OrderState.AWAITING_PHOTO);
        desk.electronicVerifications.start(owner, order.getOrderNumber());

        assertKey("error.document.notJpeg", assertThrows(BusinessException.class,
                () -> desk.electronicVerifications.passed("ref-1", FORM, FORM)));
        assertKey("error.document.notPdf", assertThrows(BusinessException.class,
                () -> desk.electronicVerifications.passed("ref-1", jpeg(), jpeg())));
    }

    private Map<String, State> states() {
        return desk.verificationSessions.all().stream().collect(Collectors.toMap(ElectronicVerification::getReference, ElectronicVerification::getState));
    }

    private FilingOrder in(OrderState state) {
        return desk.orderIn(owner, OrderType.FIRST_FILING, null, UnitTestData.oneWebsite("示例科技官方网站", "example-official.cn"), state);
    }

    private static byte[] jpeg() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB), "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
