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
                        List<HistoryLine> history, List<AttachedDocument> documents) implements Serializable {

    public record HistoryLine(Instant at, String actor, OrderState from, OrderState to, String reason) implements Serializable {}

    public static OrderView of(FilingOrder order) {
        return new OrderView(order.getOrderNumber(), order.getVersion(), order.getType(), order.getState(),
                order.getProvinceCode(), order.getSnapshot(), order.isAssistedCorrectionAgreed(), order.getCreatedAt(),
                order.getUpdatedAt(), order.getSubmittedAt(), order.getReviewDueAt(), order.getBureauDueAt(),
                order.getExpiresAt(),
                order.getHistory().stream()
                        .map(h -> new HistoryLine(h.getOccurredAt(), h.getActor(), h.getFromState(), h.getToState(), h.getReason()))
                        .toList(),
                order.getDocuments().stream().map(d -> new AttachedDocument(d.getPurpose(), d.getDocumentId())).toList());
    }
}
