package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.beian.application.dto.Choice;
import org.beian.application.dto.DashboardView;
import org.beian.application.dto.DashboardView.Count;
import org.beian.application.dto.DashboardView.DayCount;
import org.beian.application.dto.DashboardView.QueueSize;
import org.beian.application.dto.QueuePage;
import org.beian.application.security.Caller;
import org.beian.domain.model.BeijingTime;
import org.beian.domain.model.filing.FilingOrderRepository;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.OrderStatistics;
import org.beian.domain.model.filing.QueueFilter;
import org.beian.domain.model.filing.ReasonTemplate;
import org.beian.domain.model.filing.ReasonTemplateRepository;
import org.beian.domain.model.filing.ReviewQueue;

/**
 * Puts the reviewers' dashboard together. Every figure is a bounded or indexed query (about 25 in all),
 * cheap enough to be read again by every open dashboard every few seconds; nothing is kept in memory
 * between reads, so every instance of a cluster shows the same.
 */
@ApplicationScoped
public class Dashboards {

    static final int DAYS = 14;
    static final Duration REASON_WINDOW = Duration.ofDays(30);
    static final int TOP_REASONS = 10;

    /** The queues the dashboard sizes: the work in front of the provider's reviewers and at the bureau. */
    private static final List<ReviewQueue> QUEUES = List.of(ReviewQueue.AWAITING_INITIAL_REVIEW, ReviewQueue.AWAITING_PHOTO_REVIEW,
            ReviewQueue.READY_FOR_BUREAU, ReviewQueue.AT_BUREAU, ReviewQueue.OVERDUE);

    /** Orders under way at the provider or the bureau (not waiting on the applicant). */
    private static final Set<OrderState> UNDER_WAY = EnumSet.of(OrderState.SUBMITTED, OrderState.PHOTO_SUBMITTED,
            OrderState.AWAITING_BUREAU, OrderState.AT_BUREAU);

    @Inject
    private FilingOrderRepository orders;

    @Inject
    private OrderStatistics statistics;

    @Inject
    private ReasonTemplateRepository templates;

    @Inject
    private ReferenceChoices choices;

    public DashboardView dashboard(Caller caller, Locale locale) {
        ReviewSteps.requireStaff(caller);
        Instant now = Instant.now();
        Map<String, String> provinceNames = choices.regions(null).stream().collect(Collectors.toMap(Choice::code, Choice::label));
        return new DashboardView(now, submissionsPerDay(), queueSizes(caller, now),
                labelled(statistics.countOverdueByProvince(OrderState.UNDER_REVIEW, now), provinceNames::get),
                topReasons(now, locale), labelled(statistics.countByProvince(UNDER_WAY), provinceNames::get));
    }

    private List<DayCount> submissionsPerDay() {
        List<DayCount> days = new ArrayList<>();
        LocalDate today = BeijingTime.today();
        for (LocalDate day = today.minusDays(DAYS - 1); !day.isAfter(today); day = day.plusDays(1)) {
            Instant from = day.atStartOfDay(BeijingTime.ZONE).toInstant();
            Instant to = day.plusDays(1).atStartOfDay(BeijingTime.ZONE).toInstant();
            days.add(new DayCount(day, statistics.countSubmittedBetween(from, to)));
        }
        return days;
    }

    private List<QueueSize> queueSizes(Caller caller, Instant now) {
        return QUEUES.stream().map(queue -> {
            long count = orders.countQueue(QueueFilter.of(queue), caller.username(), now, QueuePage.COUNT_LIMIT + 1);
            return new QueueSize(queue, Math.min(count, QueuePage.COUNT_LIMIT), count > QueuePage.COUNT_LIMIT);
        }).toList();
    }

    private List<Count> topReasons(Instant now, Locale locale) {
        Map<String, ReasonTemplate> byCode = templates.listAll().stream()
                .collect(Collectors.toMap(ReasonTemplate::getCode, Function.identity()));
        return statistics.topRemarkReasons(now.minus(REASON_WINDOW), TOP_REASONS).stream()
                .map(reason -> {
                    ReasonTemplate template = reason.reasonCode() == null ? null : byCode.get(reason.reasonCode());
                    // Null label: reasons in the reviewer's own words (the page names them).
                    String label = template == null ? reason.reasonCode() : template.text(locale);
                    return new Count(reason.reasonCode(), label, reason.count());
                }).toList();
    }

    private static List<Count> labelled(Map<String, Long> counts, Function<String, String> names) {
        return counts.entrySet().stream().map(e -> new Count(e.getKey(), names.apply(e.getKey()) == null ? e.getKey()
                : names.apply(e.getKey()), e.getValue())).toList();
    }
}
