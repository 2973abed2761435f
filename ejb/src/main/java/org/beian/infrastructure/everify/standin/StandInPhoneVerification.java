package org.beian.infrastructure.everify.standin;

import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.beian.application.BusinessException;
import org.beian.application.desk.VerificationPlatformDesk;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.FilingOrderRepository;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.PersonData;
import org.beian.domain.model.verification.ElectronicVerification;
import org.beian.domain.model.verification.ElectronicVerificationRepository;
import org.beian.infrastructure.pdf.ElectronicVerificationForm;

/**
 * STAND-IN. Plays the platform's phone side. It reads the desk's session row and the order's snapshot
 * (the shortcut a stand-in may take, as the bureau simulator reads the order), decides by the configured
 * rules, prints the signed form, and answers the desk through {@link VerificationPlatformDesk} in the
 * same transaction. The rules, in order: the same picture as the card's front and as the face fails the
 * liveness check; a principal the settings name fails the face comparison; everyone else passes.
 */
@Stateless
@Local(PhoneVerification.class)
public class StandInPhoneVerification implements PhoneVerification {

    private static final Logger LOG = Logger.getLogger(StandInPhoneVerification.class.getName());

    @Inject
    private ElectronicVerificationRepository sessions;

    @Inject
    private FilingOrderRepository orders;

    @Inject
    private StandInPlatformSettings settings;

    @Inject
    private VerificationPlatformDesk desk;

    @Resource
    private SessionContext context;

    @Override
    public Session open(String token) {
        Optional<ElectronicVerification> found = sessions.findByReference(token);
        if (found.isEmpty()) {
            return new Session(Status.UNKNOWN, null, null, null, null);
        }
        ElectronicVerification session = found.get();
        FilingOrder order = orders.getByNumber(session.getOrderNumber());
        List<PersonData> principals = order.getSnapshot().websitePrincipals();
        String name = principals.isEmpty() ? "" : mask(principals.get(0).name());
        boolean newest = sessions.findLatest(session.getOrderNumber()).map(l -> l.getId().equals(session.getId())).orElse(false);
        Status status = switch (session.stateAt(Instant.now())) {
            case OPEN -> !newest ? Status.EXPIRED : awaitsPhoto(order) ? Status.OPEN : Status.CLOSED;
            case PASSED -> Status.PASSED;
            case FAILED -> Status.FAILED;
            case EXPIRED, SUPERSEDED -> Status.EXPIRED;
        };
        return new Session(status, order.getOrderNumber(), name, session.getExpiresAt(), session.getFailureReason());
    }

    @Override
    public Capture capture(byte[] content) {
        return PhoneImages.check(content);
    }

    @Override
    public Session complete(String token, byte[] front, byte[] back, byte[] face) {
        Session session = open(token);
        if (session.status() != Status.OPEN) {
            return session;
        }
        FilingOrder order = orders.getByNumber(session.orderNumber());
        PersonData principal = order.getSnapshot().websitePrincipals().get(0);
        String failure = Arrays.equals(front, face) ? "everify.failed.LIVENESS"
                : settings.faceMismatch(principal) ? "everify.failed.FACE_MISMATCH" : null;
        try {
            if (failure != null) {
                desk.failed(token, failure);
                return new Session(Status.FAILED, session.orderNumber(), session.maskedName(), session.expiresAt(), failure);
            }
            Instant now = Instant.now();
            byte[] form = ElectronicVerificationForm.render(order.getSnapshot(), order.getOrderNumber(), order.getType(), principal,
                    face, now, serial(token));
            desk.passed(token, face, form);
            return new Session(Status.PASSED, session.orderNumber(), session.maskedName(), session.expiresAt(), null);
        } catch (BusinessException e) {
            // Replaced, expired or answered in the meantime (another instance, another tab): nothing changes.
            context.setRollbackOnly();
            LOG.fine(() -> "Electronic verification of order " + session.orderNumber() + " not answered: " + e.getMessageKey());
            return new Session(Status.EXPIRED, session.orderNumber(), session.maskedName(), session.expiresAt(), null);
        }
    }

    private static boolean awaitsPhoto(FilingOrder order) {
        return order.getState() == OrderState.AWAITING_PHOTO || order.getState() == OrderState.PHOTO_REJECTED;
    }

    /** The platform's serial number: the verification's reference is secret (it opens the phone page), so a digest of it. */
    private static String serial(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return "EV" + HexFormat.of().withUpperCase().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 陈晓明 → 陈*明, 张三 → 张*: as the platform greets the person it expects. */
    static String mask(String name) {
        if (name == null || name.length() < 2) {
            return name == null ? "" : name;
        }
        int[] cps = name.codePoints().toArray();
        StringBuilder masked = new StringBuilder().appendCodePoint(cps[0]);
        for (int i = 1; i < cps.length - 1; i++) {
            masked.append('*');
        }
        return (cps.length == 2 ? masked.append('*') : masked.appendCodePoint(cps[cps.length - 1])).toString();
    }
}
