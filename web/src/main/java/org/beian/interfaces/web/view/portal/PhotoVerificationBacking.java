package org.beian.interfaces.web.view.portal;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.beian.application.BusinessException;
import org.beian.application.desk.ApplicantDesk;
import org.beian.application.dto.CurtainView;
import org.beian.application.dto.DocumentView;
import org.beian.application.dto.VerificationPointView;
import org.beian.domain.model.document.DocumentKind;
import org.beian.domain.model.filing.VerificationMethod;
import org.beian.interfaces.security.Callers;
import org.beian.interfaces.web.i18n.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * Backs the verification section of /portal/order.xhtml (办理拍照 / 真实性核验) while the order awaits its
 * photo: the choice of way (point, curtain, electronic — the electronic one has its own section), the
 * province's verification points as a list and a map drawn here, the curtain request and its shipping,
 * and the curtain photo: uploaded (checked like every upload), previewed, then submitted.
 */
@Named("photoVerification")
@ViewScoped
public class PhotoVerificationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicantDesk applicant;

    @Inject
    private Callers callers;

    @Inject
    private OrderBacking orderPage;

    private List<VerificationPointView> points;
    private CurtainView curtain;
    private boolean curtainRead;
    private String recipient;
    private String phone;
    private String address;
    private DocumentView photo;

    public void choose(String method) {
        applicant.chooseVerification(callers.current(), orderPage.getOrderNumber(), orderPage.getOrder().version(),
                VerificationMethod.valueOf(method));
        orderPage.reload();
    }

    public boolean chosen(String method) {
        VerificationMethod chosen = orderPage.getOrder().verificationMethod();
        return chosen != null && chosen.name().equals(method);
    }

    // ---- verification points

    public List<VerificationPointView> getPoints() {
        if (points == null) {
            points = applicant.verificationPoints(callers.current(), orderPage.getOrderNumber());
        }
        return points;
    }

    /** A point on the locally drawn map: its position in percent of the map's width and height. */
    public record MapPoint(int number, VerificationPointView point, double x, double y) implements Serializable {}

    /**
     * The points placed in their bounding box (padded, at least half a degree, so one point sits in the
     * middle), longitude to the right and latitude up: no tiles or scripts from outside the desk.
     */
    public List<MapPoint> getMapPoints() {
        List<VerificationPointView> all = getPoints();
        List<MapPoint> placed = new ArrayList<>();
        if (all.isEmpty()) {
            return placed;
        }
        double minLon = all.stream().map(VerificationPointView::longitude).mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double maxLon = all.stream().map(VerificationPointView::longitude).mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        double minLat = all.stream().map(VerificationPointView::latitude).mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double maxLat = all.stream().map(VerificationPointView::latitude).mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        double lonSpan = Math.max(0.5, maxLon - minLon);
        double latSpan = Math.max(0.5, maxLat - minLat);
        double lonFrom = (minLon + maxLon) / 2 - lonSpan * 0.6;
        double latFrom = (minLat + maxLat) / 2 - latSpan * 0.6;
        for (int i = 0; i < all.size(); i++) {
            VerificationPointView p = all.get(i);
            double x = (p.longitude().doubleValue() - lonFrom) / (lonSpan * 1.2) * 100;
            double y = 100 - (p.latitude().doubleValue() - latFrom) / (latSpan * 1.2) * 100;
            placed.add(new MapPoint(i + 1, p, x, y));
        }
        return placed;
    }

    // ---- the curtain

    public CurtainView getCurtain() {
        if (!curtainRead) {
            curtain = applicant.myCurtain(callers.current());
            curtainRead = true;
        }
        return curtain;
    }

    /** 申请邮寄幕布: one free curtain per account; a second request is refused with its reason. */
    public void requestCurtain() {
        try {
            curtain = applicant.requestCurtain(callers.current(), recipient.strip(), phone.strip(), address.strip());
            curtainRead = true;
            Messages.info("photo.curtain.requested", orderPage.getOrderNumber());
        } catch (BusinessException e) {
            Messages.error("page:curtain-request", e.getMessageKey(), e.getArguments());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** The photo is stored in the library and shown; 提交照片 sends it to the re-review. */
    public void upload(FileUploadEvent event) {
        String clientId = event.getComponent().getClientId();
        try {
            photo = applicant.uploadDocument(callers.current(), DocumentKind.CURTAIN_PHOTO, event.getFile().getFileName(),
                    event.getFile().getContent());
        } catch (BusinessException e) {
            FacesContext.getCurrentInstance().addMessage(clientId,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(e.getMessageKey(), e.getArguments()), null));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void submitPhoto() {
        if (photo == null) {
            Messages.error("page:photo-upload", "photo.required");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        applicant.submitPhoto(callers.current(), orderPage.getOrderNumber(), photo.id());
        photo = null;
        orderPage.reload();
        Messages.info("photo.submitted", orderPage.getOrderNumber());
    }

    public DocumentView getPhoto() { return photo; }
    public String getRecipient() { return recipient; }
    public void setRecipient(String recipient) { this.recipient = recipient; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
}
