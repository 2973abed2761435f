package org.beian.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.List;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.OrderType;

/** The reviewers' queues: paged, oldest submission first, on the (state, province, type, submitted) index. */
public interface ReviewQueueService {

    record Filter(@NotNull OrderState state, String provinceCode, OrderType type) implements Serializable {}

    record Page(List<QueueItem> items, long total, int page, int size) implements Serializable {}

    Page queue(@NotNull Caller caller, @NotNull Filter filter, @Min(0) int page, @Min(1) @Max(200) int size);
}
