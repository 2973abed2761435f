package org.beian.application.dto;

import java.io.Serializable;
import java.util.List;
import org.beian.domain.model.filing.QueueCursor;
import org.beian.domain.model.filing.QueueItem;

/**
 * One page of a reviewer's queue: its orders, the queue's size counted up to a bound ({@code capped}:
 * there are more than {@code count}, shown as "10,000+"), and the cursor of the next page (null on the last).
 */
public record QueuePage(List<QueueItem> items, long count, boolean capped, QueueCursor next) implements Serializable {

    /** Beyond this many the count says "more than". */
    public static final int COUNT_LIMIT = 10_000;

    public QueuePage {
        items = List.copyOf(items);
    }
}
