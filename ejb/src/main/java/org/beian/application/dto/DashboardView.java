package org.beian.application.dto;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.beian.domain.model.filing.ReviewQueue;

/**
 * The reviewers' dashboard as of {@code at}: submissions per day (Beijing days, oldest first), the
 * queues' sizes (bounded like the console's counts), reviews past their deadline per province, the
 * reasons given most in remarks (last 30 days) and the orders under way per province.
 */
public record DashboardView(Instant at, List<DayCount> submissionsPerDay, List<QueueSize> queues, List<Count> overdueByProvince,
                            List<Count> topReasons, List<Count> underWayByProvince) implements Serializable {

    public record DayCount(LocalDate day, long count) implements Serializable {}

    public record QueueSize(ReviewQueue queue, long count, boolean capped) implements Serializable {}

    /** A labelled figure: a province, a reason (label in the caller's language). */
    public record Count(String code, String label, long count) implements Serializable {}

    public DashboardView {
        submissionsPerDay = List.copyOf(submissionsPerDay);
        queues = List.copyOf(queues);
        overdueByProvince = List.copyOf(overdueByProvince);
        topReasons = List.copyOf(topReasons);
        underWayByProvince = List.copyOf(underWayByProvince);
    }

    public long submittedToday() {
        return submissionsPerDay.isEmpty() ? 0 : submissionsPerDay.get(submissionsPerDay.size() - 1).count();
    }
}
