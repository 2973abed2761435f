package org.beian.interfaces.web.view.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.beian.application.desk.ApplicantDesk;
import org.beian.application.dto.OrderView;
import org.beian.interfaces.security.Callers;
import org.beian.interfaces.web.view.review.ReviewFields;

/**
 * Backs /portal/order.xhtml: one order's state, its next deadline ("we will check by … 24:00") and its
 * history. The steps after submission (photo, fixes) are the next part of the portal.
 */
@Named("orderPage")
@ViewScoped
public class OrderBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicantDesk applicant;

    @Inject
    private Callers callers;

    private String orderNumber;
    private boolean submitted;
    private OrderView order;

    public void load() {
        order = applicant.getOrder(callers.current(), orderNumber);
    }

    /** Which field a reviewer's remark is on, as the applicant reads it. */
    public String fieldLabel(String path) {
        return ReviewFields.label(order, path);
    }

    public OrderView getOrder() { return order; }
    public String getOrderNumber() { return orderNumber; }
    public void setOrderNumber(String orderNumber) { this.orderNumber = orderNumber; }
    public boolean isSubmitted() { return submitted; }
    public void setSubmitted(boolean submitted) { this.submitted = submitted; }
}
