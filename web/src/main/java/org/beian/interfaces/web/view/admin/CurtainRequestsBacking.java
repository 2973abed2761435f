package org.beian.interfaces.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.beian.application.desk.AdministrationDesk;
import org.beian.application.dto.CurtainRequestView;
import org.beian.application.dto.CurtainShipment;
import org.beian.interfaces.security.Callers;
import org.beian.interfaces.web.i18n.Messages;

/**
 * Backs /admin/curtains.xhtml: the curtain requests, open ones first (to ship, then on their way);
 * 发货 on a row opens the shipping form for it (courier and tracking number), 已送达 records delivery.
 */
@Named("adminCurtains")
@ViewScoped
public class CurtainRequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ROWS = 200;

    @Inject
    private AdministrationDesk administration;

    @Inject
    private Callers callers;

    private boolean openOnly = true;
    private List<CurtainRequestView> requests;

    private CurtainRequestView shipping;
    private String courier;
    private String trackingNumber;

    public List<CurtainRequestView> getRequests() {
        if (requests == null) {
            requests = administration.curtainRequests(callers.current(), openOnly, ROWS);
        }
        return requests;
    }

    public void filter() {
        requests = null;
    }

    public void startShipping(CurtainRequestView request) {
        shipping = request;
        trackingNumber = null;
    }

    public void ship() {
        CurtainRequestView shipped = administration.shipCurtain(callers.current(),
                new CurtainShipment(shipping.id(), courier, trackingNumber));
        Messages.info("admin.curtains.shipped", shipped.recipient(), shipped.trackingNumber());
        shipping = null;
        trackingNumber = null; // the courier stays: the next parcel usually goes with the same one
        requests = null;
    }

    public void cancelShipping() {
        shipping = null;
    }

    public void delivered(CurtainRequestView request) {
        administration.markCurtainDelivered(callers.current(), request.id());
        Messages.info("admin.curtains.deliveredDone", request.recipient());
        requests = null;
    }

    public CurtainRequestView getShipping() { return shipping; }
    public boolean isOpenOnly() { return openOnly; }
    public void setOpenOnly(boolean openOnly) { this.openOnly = openOnly; }
    public String getCourier() { return courier; }
    public void setCourier(String courier) { this.courier = courier; }
    public String getTrackingNumber() { return trackingNumber; }
    public void setTrackingNumber(String trackingNumber) { this.trackingNumber = trackingNumber; }
}
