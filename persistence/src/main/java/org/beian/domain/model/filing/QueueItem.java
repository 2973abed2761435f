package org.beian.domain.model.filing;

import java.io.Serializable;
import java.time.Instant;

/** One order in a reviewer's queue: a projection read in one query per page, no entity loaded. */
public record QueueItem(String orderNumber, OrderType type, OrderState state, String provinceCode, String subjectName,
                        Instant submittedAt, Instant reviewDueAt, String claimedBy, Instant claimExpiresAt, long id,
                        BureauStage bureauStage, Instant bureauSubmittedAt) implements Serializable {

    /** The key the next page starts after. */
    public QueueCursor cursor() {
        return new QueueCursor(submittedAt, id);
    }

    /** The reviewer holding a running claim, or null. */
    public String holder(Instant now) {
        return claimedBy != null && claimExpiresAt != null && claimExpiresAt.isAfter(now) ? claimedBy : null;
    }
}
