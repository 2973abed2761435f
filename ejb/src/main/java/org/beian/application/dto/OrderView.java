package org.beian.application.dto;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.beian.domain.model.filing.BureauStage;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderHistoryEntry;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.filing.ReviewRemark;
import org.beian.domain.model.filing.VerificationMethod;
import org.beian.domain.model.filing.workflow.Actor;

/**
 * An order as its owner or a reviewer sees it, with the version to send back when editing. The owner's
 * copy ({@link #forOwner()}) names staff by role only.
 */
public record OrderView(String orderNumber, long version, OrderType type, OrderState state, String provinceCode,
                        FilingSnapshot snapshot, boolean assistedCorrectionAgreed, Instant createdAt, Instant updatedAt,
                        Instant submittedAt, Instant reviewDueAt, Instant bureauDueAt, Instant expiresAt,
                        List<HistoryLine> history, List<AttachedDocument> documents, List<Remark> remarks,
                        List<Correction> corrections, VerificationMethod verificationMethod, BureauStage bureauStage,
                        Instant bureauSubmittedAt) implements Serializable {

    /**
     * One transition: when, who (by role; the name only in staff's copy), from, to, why, and the remarks a
     * rejection came with (every round's, resolved or not).
     */
    public record HistoryLine(Instant at, Actor.Kind actorKind, String actor, OrderState from, OrderState to, String reason,
                              List<Remark> remarks) implements Serializable {

        /** A transition the applicant made, as opposed to the provider, the bureau or the desk's timers. */
        public boolean byApplicant() {
            return actorKind == Actor.Kind.APPLICANT;
        }
    }

    /** A reviewer's remark: on which field, why, how to fix; {@code resolvedAt} set once the order was submitted again. */
    public record Remark(String fieldPath, String reason, String suggestion, Instant at, Instant resolvedAt) implements Serializable {}

    /** One field a reviewer's assisted correction changed. */
    public record Correction(Instant at, String fieldPath, String before, String after) implements Serializable {}

    public static OrderView of(FilingOrder order) {
        List<Remark> all = order.getRemarks().stream().map(OrderView::remark).toList();
        return new OrderView(order.getOrderNumber(), order.getVersion(), order.getType(), order.getState(),
                order.getProvinceCode(), order.getSnapshot(), order.isAssistedCorrectionAgreed(), order.getCreatedAt(),
                order.getUpdatedAt(), order.getSubmittedAt(), order.getReviewDueAt(), order.getBureauDueAt(),
                order.getExpiresAt(), history(order.getHistory(), all),
                order.getDocuments().stream().map(d -> new AttachedDocument(d.getPurpose(), d.getDocumentId())).toList(),
                all.stream().filter(r -> r.resolvedAt() == null).toList(),
                order.getCorrections().stream()
                        .map(c -> new Correction(c.getOccurredAt(), c.getFieldPath(), c.getBefore(), c.getAfter())).toList(),
                order.getVerificationMethod(), order.getBureauStage(), order.getBureauSubmittedAt());
    }

    /** The owner's copy: staff members are named by their role, never by their user name. */
    public OrderView forOwner() {
        List<HistoryLine> masked = history.stream()
                .map(h -> h.actorKind() == Actor.Kind.REVIEWER || h.actorKind() == Actor.Kind.ADMIN
                        ? new HistoryLine(h.at(), Actor.Kind.REVIEWER, null, h.from(), h.to(), h.reason(), h.remarks()) : h)
                .toList();
        return new OrderView(orderNumber, version, type, state, provinceCode, snapshot, assistedCorrectionAgreed, createdAt,
                updatedAt, submittedAt, reviewDueAt, bureauDueAt, expiresAt, masked, documents, remarks, corrections,
                verificationMethod, bureauStage, bureauSubmittedAt);
    }

    /** The document attached for a purpose, if any. */
    public Long documentFor(String purpose) {
        return documents.stream().filter(d -> d.purpose().equals(purpose)).map(AttachedDocument::documentId).findFirst().orElse(null);
    }

    /** A remark belongs to the first rejection recorded at or after it (remarks are written just before the rejection). */
    private static List<HistoryLine> history(List<OrderHistoryEntry> entries, List<Remark> remarks) {
        List<Remark> left = new ArrayList<>(remarks);
        List<HistoryLine> lines = new ArrayList<>();
        for (OrderHistoryEntry h : entries) {
            List<Remark> of = List.of();
            if (h.getToState() == OrderState.INITIAL_REJECTED || h.getToState() == OrderState.BUREAU_REJECTED) {
                of = left.stream().filter(r -> !r.at().isAfter(h.getOccurredAt())).toList();
                left.removeAll(of);
            }
            lines.add(new HistoryLine(h.getOccurredAt(), h.getActorKind(), h.getActor(), h.getFromState(), h.getToState(),
                    h.getReason(), of));
        }
        return List.copyOf(lines);
    }

    private static Remark remark(ReviewRemark r) {
        return new Remark(r.getFieldPath(), r.getReason(), r.getSuggestion(), r.getCreatedAt(), r.getResolvedAt());
    }
}
