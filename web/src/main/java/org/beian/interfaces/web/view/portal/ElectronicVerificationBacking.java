package org.beian.interfaces.web.view.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.beian.application.desk.ApplicantDesk;
import org.beian.application.dto.ElectronicVerificationView;
import org.beian.domain.model.BeijingTime;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.verification.ElectronicVerification.State;
import org.beian.interfaces.security.Callers;
import org.beian.interfaces.web.i18n.Messages;

/**
 * Backs the electronic verification section of /portal/order.xhtml (WEB-INF/includes/order-electronic.xhtml):
 * the QR code of the ministry's platform for the website principal to scan, its expiry and countdown,
 * 刷新二维码, and the outcome, which the page polls for while the code is open. The order is the page's
 * {@code order} view parameter. Shown while the order waits for its photo, and during the re-review that
 * a pass started.
 */
@Named("electronicVerification")
@ViewScoped
public class ElectronicVerificationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(BeijingTime.ZONE);
    private static final int QR_PIXELS = 232;

    @Inject
    private ApplicantDesk applicant;

    @Inject
    private Callers callers;

    @Inject
    private OrderBacking orderPage;

    private String orderNumber;
    private ElectronicVerificationView view;
    private String qrFor;
    private String qr;

    /** The order of the page it is a section of (read from the order page, which also holds it on postbacks). */
    @PostConstruct
    void init() {
        String number = orderPage.getOrderNumber();
        if (number != null && number.matches("\\d{6,20}")) {
            orderNumber = number;
            view = applicant.electronicVerification(callers.current(), orderNumber);
        }
    }

    /** 获取二维码, 刷新二维码 and 重新核验: a new code; the open one, if any, stops working. */
    public void start() {
        view = applicant.startElectronicVerification(callers.current(), orderNumber);
    }

    /** The page's poll while a code is open: has the phone finished? */
    public void poll() {
        view = applicant.electronicVerification(callers.current(), orderNumber);
        if (isPassed()) {
            // The order moved on (复审中): the page's summary, actions and timeline show it without a reload.
            orderPage.reload();
        }
    }

    /** While the order waits for its photo, and during the re-review of what the electronic verification sent. */
    public boolean isShown() {
        return view != null && (view.awaitingPhoto() || isPassed());
    }

    public boolean isOpen() {
        return view != null && view.state() == State.OPEN && view.awaitingPhoto();
    }

    /** A code can be had now: none yet, or the last one is finished without a pass. */
    public boolean isStartable() {
        return view != null && view.awaitingPhoto() && view.unavailableKey() == null && !isOpen();
    }

    public boolean isPassed() {
        return view != null && view.state() == State.PASSED && view.orderState() == OrderState.PHOTO_SUBMITTED;
    }

    /** The button for a new code: the first (获取), after an expiry (刷新), after an outcome (重新核验). */
    public String getStartLabelKey() {
        State state = view == null ? null : view.state();
        if (state == null) {
            return "everify.start";
        }
        return state == State.EXPIRED || state == State.SUPERSEDED ? "everify.refresh" : "everify.restart";
    }

    /** The QR code of the open session's phone address, drawn once per code. */
    public String getQr() {
        if (!isOpen()) {
            return null;
        }
        if (!view.phoneUrl().equals(qrFor)) {
            qr = QrCode.dataUri(view.phoneUrl(), QR_PIXELS);
            qrFor = view.phoneUrl();
        }
        return qr;
    }

    /** "14:32", Beijing time. */
    public String getExpiresAt() {
        return view == null || view.expiresAt() == null ? "" : CLOCK.format(view.expiresAt());
    }

    /** Seconds the code has left, for the countdown the page runs from here. */
    public long getSecondsLeft() {
        return view == null || view.expiresAt() == null ? 0 : Math.max(0, Duration.between(Instant.now(), view.expiresAt()).getSeconds());
    }

    /** Why the last code did not pass, in the page's language; empty when it did not fail. */
    public String getFailure() {
        return view != null && view.state() == State.FAILED && view.failureKey() != null ? Messages.text(view.failureKey()) : "";
    }

    public ElectronicVerificationView getView() { return view; }
}
