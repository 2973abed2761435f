package org.beian.interfaces.web.view.portal;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.beian.application.BusinessException;
import org.beian.application.desk.ApplicantDesk;
import org.beian.application.dto.AttachedDocument;
import org.beian.application.dto.DocumentView;
import org.beian.application.dto.OrderProgress;
import org.beian.application.dto.OrderView;
import org.beian.domain.model.document.DocumentKind;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.workflow.Actor;
import org.beian.domain.model.filing.workflow.OrderAction;
import org.beian.interfaces.security.Callers;
import org.beian.interfaces.web.i18n.BusinessExceptionHandler;
import org.beian.interfaces.web.i18n.Messages;
import org.beian.interfaces.web.view.review.DocumentLabels;
import org.beian.interfaces.web.view.review.ReviewFields;
import org.primefaces.event.FileUploadEvent;

/**
 * Backs /portal/order.xhtml, the order's page after submission: where it stands on the steps, what
 * happens next and by when, the reviewer's remarks and corrections, the documents, the timeline of
 * every transition, and the actions the service allows now. The verification section has its own bean
 * ({@link PhotoVerificationBacking}).
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
    private OrderProgress progress;

    public void load() {
        progress = applicant.orderProgress(callers.current(), orderNumber);
    }

    /** After a step on the page (or another tab's), read the order again. */
    public void reload() {
        load();
    }

    public void withdraw() {
        step(() -> applicant.withdraw(callers.current(), orderNumber, Messages.text("dashboard.withdrawReason")), "dashboard.withdrawn");
    }

    public void abandon() {
        step(() -> applicant.abandon(callers.current(), orderNumber, Messages.text("dashboard.abandonReason")), "dashboard.abandoned");
    }

    /** A step refused (another tab or the reviewer acted first) says why, and the page shows the order as it is now. */
    private void step(Runnable step, String doneKey) {
        try {
            step.run();
            Messages.info(doneKey, orderNumber);
        } catch (BusinessException e) {
            Messages.error(null, e.getMessageKey(), BusinessExceptionHandler.arguments(e));
        }
        load();
    }

    /**
     * 更换 under the initial review (while no reviewer holds the order): the new file goes to the library,
     * checked like every upload, and replaces the one attached for the same purpose; a refused file says why
     * on its upload and the earlier one stays.
     */
    public void replaceDocument(FileUploadEvent event) {
        String purpose = (String) event.getComponent().getAttributes().get("purpose");
        long current = ((Number) event.getComponent().getAttributes().get("documentId")).longValue();
        DocumentKind kind = applicant.myDocuments(callers.current(), 0, 200).stream().filter(d -> d.id() == current)
                .map(DocumentView::kind).findFirst().orElse(DocumentKind.OTHER);
        try {
            DocumentView stored = applicant.uploadDocument(callers.current(), kind, event.getFile().getFileName(), event.getFile().getContent());
            applicant.attachDocument(callers.current(), orderNumber, stored.id(), purpose);
            Messages.info("order.documents.replaced", DocumentLabels.of(purpose));
        } catch (BusinessException e) {
            FacesContext.getCurrentInstance().addMessage(event.getComponent().getClientId(), new FacesMessage(
                    FacesMessage.SEVERITY_ERROR, Messages.text(e.getMessageKey(), BusinessExceptionHandler.arguments(e)), null));
            FacesContext.getCurrentInstance().validationFailed();
        }
        load();
    }

    public boolean allows(String action) {
        return progress.allows(OrderAction.valueOf(action));
    }

    /** The owner edits in the wizard: a draft, a returned order, an expired one. */
    public boolean isEditable() {
        return progress.allows(OrderAction.SUBMIT);
    }

    public boolean isCancellation() {
        return progress.order().type().isCancellation();
    }

    public boolean in(String states) {
        OrderState state = progress.order().state();
        for (String s : states.split(",")) {
            if (state.name().equals(s.strip())) {
                return true;
            }
        }
        return false;
    }

    /** Which field a reviewer's remark or correction is on, as the applicant reads it. */
    public String fieldLabel(String path) {
        return ReviewFields.label(progress.order(), path);
    }

    public String documentLabel(AttachedDocument document) {
        return DocumentLabels.of(document.purpose());
    }

    /** Who made a transition, by role: 您 (the applicant), 审核员, 管局, 工信部核验平台, 系统. */
    public String actorLabel(OrderView.HistoryLine line) {
        if (Actor.VERIFICATION_PLATFORM.name().equals(line.actor())) {
            return Messages.text("order.actor.PLATFORM");
        }
        return Messages.text("order.actor." + (line.actorKind() == null ? "REVIEWER" : line.actorKind().name()));
    }

    /** The history, newest first: what happened last is what the applicant looks for. */
    public List<OrderView.HistoryLine> getTimeline() {
        List<OrderView.HistoryLine> newestFirst = new ArrayList<>(progress.order().history());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    public OrderProgress getProgress() { return progress; }
    public OrderView getOrder() { return progress.order(); }
    public String getOrderNumber() { return orderNumber; }
    public void setOrderNumber(String orderNumber) { this.orderNumber = orderNumber; }
    public boolean isSubmitted() { return submitted; }
    public void setSubmitted(boolean submitted) { this.submitted = submitted; }
}
