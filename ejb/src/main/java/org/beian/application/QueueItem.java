package org.beian.application;

import java.io.Serializable;
import java.time.Instant;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.OrderType;

/** One order in a reviewer's queue. */
public record QueueItem(String orderNumber, OrderType type, OrderState state, String provinceCode, String subjectName,
                        Instant submittedAt, Instant reviewDueAt, String claimedBy, Instant claimExpiresAt) implements Serializable {
}
