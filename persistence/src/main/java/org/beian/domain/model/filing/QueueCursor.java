package org.beian.domain.model.filing;

import java.io.Serializable;
import java.time.Instant;

/** Where a queue page ended: the next page starts after this (submitted, id) key, not at an offset. */
public record QueueCursor(Instant submittedAt, long id) implements Serializable {
}
