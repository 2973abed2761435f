package org.beian.application.dto;

import java.io.Serializable;
import java.util.List;
import org.beian.domain.model.filing.QueueItem;

/** One page of a reviewer's queue and the queue's size. */
public record QueuePage(List<QueueItem> items, long total, int page, int size) implements Serializable {

    public QueuePage {
        items = List.copyOf(items);
    }
}
