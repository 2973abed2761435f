package org.beian.interfaces.web.view.ministry;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import org.beian.domain.model.BeijingTime;
import org.beian.infrastructure.everify.standin.PhoneVerification;
import org.beian.infrastructure.everify.standin.PhoneVerification.Capture;
import org.beian.infrastructure.everify.standin.PhoneVerification.Session;
import org.beian.infrastructure.everify.standin.PhoneVerification.Status;
import org.beian.interfaces.web.i18n.Messages;

/**
 * Backs /ministry/everify.xhtml, the stand-in for the phone page of the ministry's electronic
 * verification platform that the QR code opens ({@code ?t=} its token): the identity card's two sides
 * and the face, each taken with the phone's camera and checked on its own field; a photo already
 * accepted stays while another is taken again. Then the verification and its outcome. A code that
 * expired or was replaced on the computer shows so, and nothing is sent.
 */
@Named("phoneVerification")
@ViewScoped
public class PhoneVerificationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(BeijingTime.ZONE);

    /** The three photos, in the order the page asks for them. */
    public enum Shot { FRONT, BACK, FACE }

    @Inject
    private PhoneVerification platform;

    private String token;
    private Session session;
    private final Map<Shot, Capture> taken = new EnumMap<>(Shot.class);
    private transient Part front;
    private transient Part back;
    private transient Part face;

    public void load() {
        session = token == null || token.isBlank() || token.length() > 64 ? new Session(Status.UNKNOWN, null, null, null, null)
                : platform.open(token);
    }

    /** 提交核验: checks each new photo on its field, then verifies once all three are there. */
    public void submit() {
        session = platform.open(token);
        if (session.status() != Status.OPEN) {
            return; // expired or replaced meanwhile: the page says so, nothing is sent
        }
        boolean complete = take(Shot.FRONT, front, "everify:front") & take(Shot.BACK, back, "everify:back")
                & take(Shot.FACE, face, "everify:face");
        if (!complete) {
            return;
        }
        session = platform.complete(token, taken.get(Shot.FRONT).image(), taken.get(Shot.BACK).image(), taken.get(Shot.FACE).image());
        if (session.status() != Status.OPEN) {
            taken.clear(); // the photos went to the platform; the page now shows the outcome
        }
    }

    /** Takes the field's new photo if there is one; tells the field what is wrong or missing. */
    private boolean take(Shot shot, Part part, String clientId) {
        if (part != null && part.getSize() > 0) {
            Capture capture = platform.capture(read(part));
            if (!capture.accepted()) {
                Messages.error(clientId, capture.problemKey(), capture.arguments());
                return false;
            }
            taken.put(shot, capture);
        }
        if (!taken.containsKey(shot)) {
            Messages.error(clientId, "everify.phone.required");
            return false;
        }
        return true;
    }

    private static byte[] read(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0]; // an interrupted upload: "take the photo again"
        }
    }

    /** The thumbnail of a photo already accepted, as a data: URI; null when none. */
    public String thumbnail(Shot shot) {
        Capture capture = taken.get(shot);
        return capture == null ? null : "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(capture.thumbnail());
    }

    public String getExpiresAt() {
        return session == null || session.expiresAt() == null ? "" : CLOCK.format(session.expiresAt());
    }

    /** Why the verification failed, in the page's language. */
    public String getFailure() {
        return session != null && session.failureKey() != null ? Messages.text(session.failureKey()) : "";
    }

    public Session getSession() { return session; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public Part getFront() { return front; }
    public void setFront(Part front) { this.front = front; }
    public Part getBack() { return back; }
    public void setBack(Part back) { this.back = back; }
    public Part getFace() { return face; }
    public void setFace(Part face) { this.face = face; }
}
