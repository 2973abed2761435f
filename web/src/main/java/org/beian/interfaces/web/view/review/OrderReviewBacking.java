package org.beian.interfaces.web.view.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.beian.application.desk.ReviewerDesk;
import org.beian.application.dto.ClaimView;
import org.beian.application.dto.FindingView;
import org.beian.application.dto.OrderView;
import org.beian.domain.model.filing.OrderState;
import org.beian.interfaces.security.Callers;
import org.beian.interfaces.web.i18n.LocaleSelection;
import org.beian.interfaces.web.i18n.Messages;

/**
 * Backs /review/order.xhtml, one order under review: what it proposes, its findings and history, who
 * holds it and until when, and the claim, release and initial approval. Another reviewer's running
 * claim is named on the page; the service refuses that reviewer's steps whatever the page shows.
 */
@Named("orderReview")
@ViewScoped
public class OrderReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReviewerDesk reviewer;

    @Inject
    private Callers callers;

    @Inject
    private LocaleSelection localeSelection;

    private String orderNumber;
    private OrderView order;
    private ClaimView claim;
    private List<FindingView> findings;

    /** f:viewAction: the order named by ?order=…; the console when there is none. */
    public String load() {
        if (orderNumber == null || orderNumber.isBlank()) {
            return "/review/index?faces-redirect=true";
        }
        refresh();
        return null;
    }

    private void refresh() {
        order = reviewer.getOrder(callers.current(), orderNumber);
        claim = reviewer.claimOf(callers.current(), orderNumber);
        findings = reviewer.checkOrder(callers.current(), orderNumber, Locale.forLanguageTag(localeSelection.getLanguageTag())).findings();
    }

    public void claimIt() {
        try {
            reviewer.claim(callers.current(), orderNumber);
            Messages.info("review.claimed");
        } finally {
            refresh();
        }
    }

    public void release() {
        reviewer.release(callers.current(), orderNumber);
        refresh();
    }

    public void approveInitial() {
        try {
            reviewer.approveInitial(callers.current(), orderNumber, null);
            Messages.info("review.approved");
        } finally {
            refresh();
        }
    }

    public boolean isMine() {
        return claim.heldBy(callers.current().username());
    }

    /** Held by another reviewer: the page names who, and offers no step. */
    public boolean isHeldByOther() {
        return claim.holder() != null && !isMine();
    }

    public boolean isUnderInitialReview() {
        return order.state() == OrderState.SUBMITTED;
    }

    public OrderView getOrder() { return order; }
    public ClaimView getClaim() { return claim; }
    public List<FindingView> getFindings() { return findings; }
    public String getOrderNumber() { return orderNumber; }
    public void setOrderNumber(String orderNumber) { this.orderNumber = orderNumber; }
}
