package org.beian.domain.model.filing;

import java.io.Serializable;

/** Which orders a queue shows: one state, optionally one province and one type (the queue index's columns). */
public record QueueFilter(OrderState state, String provinceCode, OrderType type) implements Serializable {
}
