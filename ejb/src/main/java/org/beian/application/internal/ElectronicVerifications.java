package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.beian.application.BusinessException;
import org.beian.application.NotFoundException;
import org.beian.application.dto.ElectronicVerificationView;
import org.beian.application.port.ElectronicVerificationPlatform;
import org.beian.application.security.Authorization;
import org.beian.application.security.Caller;
import org.beian.domain.model.check.catalogue.CertificateTypes;
import org.beian.domain.model.document.DocumentKind;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.FilingOrderRepository;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.PersonData;
import org.beian.domain.model.filing.workflow.Actor;
import org.beian.domain.model.filing.workflow.OrderAction;
import org.beian.domain.model.verification.ElectronicVerification;
import org.beian.domain.model.verification.ElectronicVerificationRepository;

/**
 * Electronic verification (电子化核验) in place of the curtain photo: the owner of an order that waits for
 * its photo asks the ministry's platform for a QR code (valid as long as the platform says, 10 minutes);
 * the website principal scans it and verifies on the phone; the platform's answer passes the order to the
 * re-review with the verification photo as its photo and the signed form attached, or records why it
 * failed. Every code is a row (its session), so any instance of a cluster answers for it; a new code
 * replaces the open one.
 */
@ApplicationScoped
public class ElectronicVerifications {

    /** The purpose the signed electronic verification form is attached for. */
    static final String FORM_PURPOSE = "electronicVerification.form";
    /** The history line of a pass (the desk's history lines are Chinese, as the bureau's reasons are). */
    static final String PASSED_REASON = "电子化核验通过（部电子化核验支撑平台）";

    @Inject
    private FilingOrderRepository orders;

    @Inject
    private ElectronicVerificationRepository sessions;

    @Inject
    private ElectronicVerificationPlatform platform;

    @Inject
    private Documents documents;

    @Inject
    private Authorization authorization;

    @Inject
    private Transitions transitions;

    /** A new QR code for the order's website principal; an open code of the order is replaced by it. */
    public ElectronicVerificationView start(Caller caller, String orderNumber) {
        FilingOrder order = owned(caller, orderNumber);
        if (!awaitsPhoto(order)) {
            throw new BusinessException("error.everify.notAwaitingPhoto", orderNumber);
        }
        String unavailable = unavailable(order);
        if (unavailable != null) {
            throw new BusinessException(unavailable, orderNumber);
        }
        PersonData principal = order.getSnapshot().websitePrincipals().get(0);
        Instant now = Instant.now();
        sessions.findLatest(orderNumber).ifPresent(earlier -> {
            boolean open = earlier.isOpenAt(now);
            earlier.replace(now);
            if (open) {
                platform.cancel(earlier.getReference());
            }
        });
        ElectronicVerificationPlatform.Ticket ticket = platform.open(new ElectronicVerificationPlatform.Principal(orderNumber,
                principal.name(), principal.certificateType(), principal.certificateNumber()));
        ElectronicVerification session = sessions.add(new ElectronicVerification(orderNumber, ticket.reference(), ticket.phoneUrl(),
                now, ticket.expiresAt()));
        return view(order, session, now);
    }

    /** Where the order's electronic verification stands now (the page polls it). */
    public ElectronicVerificationView current(Caller caller, String orderNumber) {
        FilingOrder order = owned(caller, orderNumber);
        return view(order, sessions.findLatest(orderNumber).orElse(null), Instant.now());
    }

    /** The platform passed the principal of the session. */
    public void passed(String reference, byte[] photo, byte[] form) {
        Instant now = Instant.now();
        ElectronicVerification session = open(reference, now);
        FilingOrder order = orders.getByNumber(session.getOrderNumber());
        if (!awaitsPhoto(order)) {
            throw new BusinessException("error.everify.closed", order.getOrderNumber());
        }
        long photoId = documents.receive(order.getAccountId(), DocumentKind.VERIFICATION_PHOTO,
                "核验照片-" + order.getOrderNumber() + ".jpg", photo);
        long formId = documents.receive(order.getAccountId(), DocumentKind.ELECTRONIC_VERIFICATION_FORM,
                "电子化核验单-" + order.getOrderNumber() + ".pdf", form);
        session.pass(now);
        // The verification photo is the order's photo, so the re-review shows and judges it as any other.
        order.attach(photoId, ApplicantSteps.PHOTO_PURPOSE, now);
        order.attach(formId, FORM_PURPOSE, now);
        transitions.perform(order, OrderAction.ELECTRONIC_CHECK_PASSED, Actor.VERIFICATION_PLATFORM, PASSED_REASON);
    }

    /** The platform failed the principal of the session, for the reason (a message key). */
    public void failed(String reference, String reasonKey) {
        Instant now = Instant.now();
        open(reference, now).fail(reasonKey, now);
    }

    /** The session of the reference, if it is open and still the order's newest. */
    private ElectronicVerification open(String reference, Instant now) {
        ElectronicVerification session = sessions.findByReference(reference)
                .orElseThrow(() -> new NotFoundException("electronicVerification", reference));
        boolean newest = sessions.findLatest(session.getOrderNumber()).map(latest -> latest.getId().equals(session.getId())).orElse(false);
        if (!newest || !session.isOpenAt(now)) {
            throw new BusinessException("error.everify.closed", session.getOrderNumber());
        }
        return session;
    }

    /**
     * Why the order cannot be verified electronically (a message key), or null. The platform verifies one
     * person, with a resident identity card (its OCR and the face comparison read nothing else), as the
     * providers' apps do (filing-process §4 step 6: "every website has the same website principal, with an
     * ID card").
     */
    static String unavailable(FilingOrder order) {
        List<PersonData> principals = order.getSnapshot().websitePrincipals();
        if (principals.isEmpty()) {
            return "everify.unavailable.noPrincipal";
        }
        if (principals.size() > 1) {
            return "everify.unavailable.severalPrincipals";
        }
        if (!CertificateTypes.RESIDENT_ID.equals(principals.get(0).certificateType())) {
            return "everify.unavailable.notResidentId";
        }
        return null;
    }

    private static boolean awaitsPhoto(FilingOrder order) {
        return order.getState() == OrderState.AWAITING_PHOTO || order.getState() == OrderState.PHOTO_REJECTED;
    }

    private FilingOrder owned(Caller caller, String orderNumber) {
        FilingOrder order = orders.getByNumber(orderNumber);
        authorization.requireOwner(caller, order.getAccountId());
        return order;
    }

    private static ElectronicVerificationView view(FilingOrder order, ElectronicVerification session, Instant now) {
        List<PersonData> principals = order.getSnapshot().websitePrincipals();
        String name = principals.size() == 1 ? principals.get(0).name() : null;
        return new ElectronicVerificationView(order.getOrderNumber(), order.getState(), name, unavailable(order),
                session == null ? null : session.stateAt(now), session == null ? null : session.getPhoneUrl(),
                session == null ? null : session.getExpiresAt(), session == null ? null : session.getFailureReason(),
                order.getState() == OrderState.PHOTO_SUBMITTED ? order.getReviewDueAt() : null);
    }
}
