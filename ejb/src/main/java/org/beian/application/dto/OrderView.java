package org.beian.application.dto;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.OrderType;

/** An order as its owner or a reviewer sees it, with the version to send back when editing. */
public record OrderView(String orderNumber, long version, OrderType type, OrderState state, String provinceCode,
                        FilingSnapshot snapshot, boolean assistedCorrectionAgreed, Instant createdAt, Instant updatedAt,
                        Instant submittedAt, Instant reviewDueAt, Instant bureauDueAt, Instant expiresAt,
                        List<HistoryLine> history, List<AttachedDocument> documents, List<Remark> remarks) implements Serializable {

    public record HistoryLine(Instant at, String actor, OrderState from, OrderState to, String reason) implements Serializable {}

    /** A reviewer's remark still open (the order was rejected and not submitted again since): on which field, why, how to fix. */
    public record Remark(String fieldPath, String reason, String suggestion, Instant at) implements Serializable {}

    public static OrderView of(FilingOrder order) {
        return new OrderView(order.getOrderNumber(), order.getVersion(), order.getType(), order.getState(),
                order.getProvinceCode(), order.getSnapshot(), order.isAssistedCorrectionAgreed(), order.getCreatedAt(),
                order.getUpdatedAt(), order.getSubmittedAt(), order.getReviewDueAt(), order.getBureauDueAt(),
                order.getExpiresAt(),
                order.getHistory().stream()
                        .map(h -> new HistoryLine(h.getOccurredAt(), h.getActor(), h.getFromState(), h.getToState(), h.getReason()))
                        .toList(),
                order.getDocuments().stream().map(d -> new AttachedDocument(d.getPurpose(), d.getDocumentId())).toList(),
                order.getRemarks().stream().filter(r -> r.getResolvedAt() == null)
                        .map(r -> new Remark(r.getFieldPath(), r.getReason(), r.getSuggestion(), r.getCreatedAt())).toList());
    }
}
