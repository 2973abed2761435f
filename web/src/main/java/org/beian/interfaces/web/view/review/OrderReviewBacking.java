package org.beian.interfaces.web.view.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.beian.application.desk.ReviewerDesk;
import org.beian.application.dto.Choice;
import org.beian.application.dto.ClaimView;
import org.beian.application.dto.FindingView;
import org.beian.application.dto.OrderView;
import org.beian.application.dto.ChangesSinceRejection;
import org.beian.application.dto.ReasonTemplateView;
import org.beian.domain.model.filing.workflow.FieldChange;
import org.beian.domain.model.filing.workflow.SnapshotChanges;
import org.beian.domain.model.filing.workflow.SnapshotEdits;
import org.beian.application.dto.RemarkInput;
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
    private List<Choice> fields;
    private ChangesSinceRejection changes;
    private List<FieldRow> fieldRows;
    private java.util.Set<org.beian.domain.model.filing.workflow.OrderAction> allowed;

    // The assisted correction being made: one text field at a time, with the reason the applicant is told.
    private String correctionField;
    private String correctionValue;
    private String correctionReason;

    /** One field of the order as the applicant entered it, marked when it changed since the last rejection. */
    public record FieldRow(String path, String label, String value, boolean changed) implements Serializable {}

    // The remark being written, and those written so far (sent together with 驳回).
    private String remarkField;
    private String remarkTemplate;
    private String remarkReason;
    private String remarkSuggestion;
    private final List<RemarkInput> remarks = new ArrayList<>();
    private String photoReason;
    /** The active reason templates (administrators keep them under 系统管理 › 驳回原因模板). */
    private List<ReasonTemplateView> reasonTemplates;

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
        fields = ReviewFields.of(order);
        changes = reviewer.changesSinceRejection(callers.current(), orderNumber);
        fieldRows = fieldRows();
        allowed = reviewer.allowedActions(callers.current(), orderNumber);
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

    /** A reason template chosen: its text becomes the reason, to be adapted. */
    public void templateChosen() {
        getReasonTemplates().stream().filter(t -> t.code().equals(remarkTemplate)).findFirst()
                .ifPresent(t -> remarkReason = templateText(t));
    }

    public void addRemark() {
        boolean ok = true;
        if (remarkField == null || fields.stream().noneMatch(f -> f.code().equals(remarkField))) {
            Messages.error("review:remarkField", "review.remark.fieldRequired");
            ok = false;
        }
        if (remarkReason == null || remarkReason.isBlank()) {
            Messages.error("review:remarkReason", "review.remark.reasonRequired");
            ok = false;
        }
        if (ok) {
            remarks.removeIf(r -> r.fieldPath().equals(remarkField));
            remarks.add(new RemarkInput(remarkField, remarkReason.strip(), remarkSuggestion == null || remarkSuggestion.isBlank() ? null
                    : remarkSuggestion.strip(), remarkTemplate));
            remarkField = null;
            remarkTemplate = null;
            remarkReason = null;
            remarkSuggestion = null;
        }
    }

    public void removeRemark(RemarkInput remark) {
        remarks.remove(remark);
    }

    public void reject() {
        if (remarks.isEmpty()) {
            Messages.error("review:remarkField", "review.remark.none");
            return;
        }
        try {
            reviewer.rejectInitial(callers.current(), orderNumber, List.copyOf(remarks));
            remarks.clear();
            Messages.info("review.rejected");
        } finally {
            refresh();
        }
    }

    public void approvePhoto() {
        try {
            reviewer.approvePhoto(callers.current(), orderNumber);
            Messages.info("review.photoApproved");
        } finally {
            refresh();
        }
    }

    public void rejectPhoto() {
        if (photoReason == null || photoReason.isBlank()) {
            Messages.error("review:photoReason", "review.remark.reasonRequired");
            return;
        }
        try {
            reviewer.rejectPhoto(callers.current(), orderNumber, photoReason.strip());
            photoReason = null;
            Messages.info("review.photoRejected");
        } finally {
            refresh();
        }
    }

    /** 提交管局: any reviewer may hand over an order that passed both reviews. */
    public void submitToBureau() {
        try {
            reviewer.submitToBureau(callers.current(), List.of(orderNumber));
            Messages.info("review.submittedToBureau");
        } finally {
            refresh();
        }
    }

    /** The attached document for a purpose, or null. */
    public Long document(String purpose) {
        return order.documents().stream().filter(d -> d.purpose().equals(purpose)).map(d -> d.documentId()).findFirst().orElse(null);
    }

    /** The subject principal's identity document to compare the photo with: both sides, or the front. */
    public Long getIdentityDocument() {
        Long both = document("subject.principal.id.both");
        return both != null ? both : document("subject.principal.id.front");
    }

    public boolean isPhotoUnderReview() {
        return order.state() == OrderState.PHOTO_SUBMITTED;
    }

    public boolean isReadyForBureau() {
        return order.state() == OrderState.AWAITING_BUREAU;
    }

    public String getPhotoReason() { return photoReason; }
    public void setPhotoReason(String photoReason) { this.photoReason = photoReason; }

    public String fieldLabel(String path) {
        return fields.stream().filter(f -> f.code().equals(path)).map(Choice::label).findFirst().orElse(path);
    }

    /** Every filled field of the snapshot, in the order the applicant entered them. */
    public List<FieldRow> getFieldRows() {
        return fieldRows;
    }

    private List<FieldRow> fieldRows() {
        java.util.Set<String> changed = changes.changes().stream().map(FieldChange::path).collect(java.util.stream.Collectors.toSet());
        return SnapshotChanges.filled(order.snapshot()).stream()
                .map(f -> new FieldRow(f.path(), fieldLabel(f.path()), f.after(), changed.contains(f.path()))).toList();
    }

    public ChangesSinceRejection getChanges() {
        return changes;
    }

    public List<ReasonTemplateView> getReasonTemplates() {
        if (reasonTemplates == null) {
            reasonTemplates = reviewer.reasonTemplates(callers.current());
        }
        return reasonTemplates;
    }

    /** A template's text in the page's language. */
    public String templateText(ReasonTemplateView template) {
        return localeSelection.isChinese() ? template.textZh() : template.textEn();
    }

    public boolean isMine() {
        return claim.heldBy(callers.current().username());
    }

    /** Held by another reviewer: the page names who, and offers no step. */
    public boolean isHeldByOther() {
        return claim.holder() != null && !isMine();
    }

    /** Assisted correction is offered to the claim holder, and only if the applicant accepted its terms. */
    public boolean isCorrectable() {
        return isMine() && allowed.contains(org.beian.domain.model.filing.workflow.OrderAction.CORRECT_ASSISTED);
    }

    /** The text fields a correction may change (lists and codes are the applicant's to change). */
    public List<FieldRow> getCorrectableFields() {
        return fieldRows.stream().filter(f -> SnapshotEdits.isText(order.snapshot(), f.path())).toList();
    }

    /** A field chosen for correction: its current value to start from. */
    public void correctionFieldChosen() {
        correctionValue = fieldRows.stream().filter(f -> f.path().equals(correctionField)).map(FieldRow::value).findFirst().orElse(null);
    }

    public void correct() {
        boolean ok = true;
        if (correctionField == null || getCorrectableFields().stream().noneMatch(f -> f.path().equals(correctionField))) {
            Messages.error("review:correctionField", "review.correction.fieldRequired");
            ok = false;
        }
        if (correctionReason == null || correctionReason.isBlank()) {
            Messages.error("review:correctionReason", "review.correction.reasonRequired");
            ok = false;
        }
        if (!ok) {
            return;
        }
        try {
            String value = correctionValue == null ? "" : correctionValue.strip();
            org.beian.domain.model.filing.FilingSnapshot corrected;
            try {
                corrected = SnapshotEdits.withText(order.snapshot(), correctionField, value);
            } catch (IllegalArgumentException e) {
                // A record refused the value (its own invariant): told on the value, nothing sent.
                Messages.error("review:correctionValue", "review.correction.valueRefused");
                return;
            }
            reviewer.correct(callers.current(), orderNumber, corrected, correctionReason.strip());
            Messages.info("review.correction.done", fieldLabel(correctionField));
            correctionField = null;
            correctionValue = null;
            correctionReason = null;
        } finally {
            refresh();
        }
    }

    public String getCorrectionField() { return correctionField; }
    public void setCorrectionField(String correctionField) { this.correctionField = correctionField; }
    public String getCorrectionValue() { return correctionValue; }
    public void setCorrectionValue(String correctionValue) { this.correctionValue = correctionValue; }
    public String getCorrectionReason() { return correctionReason; }
    public void setCorrectionReason(String correctionReason) { this.correctionReason = correctionReason; }

    public boolean isUnderInitialReview() {
        return order.state() == OrderState.SUBMITTED;
    }

    public List<Choice> getFields() { return fields; }
    public List<RemarkInput> getRemarks() { return remarks; }
    public String getRemarkField() { return remarkField; }
    public void setRemarkField(String remarkField) { this.remarkField = remarkField; }
    public String getRemarkTemplate() { return remarkTemplate; }
    public void setRemarkTemplate(String remarkTemplate) { this.remarkTemplate = remarkTemplate; }
    public String getRemarkReason() { return remarkReason; }
    public void setRemarkReason(String remarkReason) { this.remarkReason = remarkReason; }
    public String getRemarkSuggestion() { return remarkSuggestion; }
    public void setRemarkSuggestion(String remarkSuggestion) { this.remarkSuggestion = remarkSuggestion; }
    public OrderView getOrder() { return order; }
    public ClaimView getClaim() { return claim; }
    public List<FindingView> getFindings() { return findings; }
    public String getOrderNumber() { return orderNumber; }
    public void setOrderNumber(String orderNumber) { this.orderNumber = orderNumber; }
}
