package org.beian.interfaces.web.view.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.beian.application.desk.ReviewerDesk;
import org.beian.application.dto.DashboardView;
import org.beian.application.dto.DashboardView.Count;
import org.beian.interfaces.security.Callers;
import org.beian.interfaces.web.i18n.LocaleSelection;
import org.beian.interfaces.web.i18n.Messages;
import org.beian.interfaces.web.view.ChartJson;

/**
 * Backs /review/dashboard.xhtml. The page polls {@link #refresh} every {@value #REFRESH_SECONDS}
 * seconds and re-renders the figures in place, no reload. Polling rather than a server push: a push
 * from the instance that handled a submission would reach only the dashboards open on that instance
 * of a deployment group, while each poll asks the shared database (about 25 indexed queries).
 */
@Named("reviewDashboard")
@ViewScoped
public class ReviewDashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int REFRESH_SECONDS = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    @Inject
    private ReviewerDesk reviewer;

    @Inject
    private Callers callers;

    @Inject
    private LocaleSelection localeSelection;

    private DashboardView view;

    public DashboardView getView() {
        if (view == null) {
            refresh();
        }
        return view;
    }

    public void refresh() {
        view = reviewer.dashboard(callers.current(), localeSelection.getLocale());
    }

    public int getRefreshSeconds() {
        return REFRESH_SECONDS;
    }

    public String getSubmissionsChart() {
        return ChartJson.line(Messages.text("dashboard.review.submissions"),
                getView().submissionsPerDay().stream().map(d -> DAY.format(d.day())).toList(),
                getView().submissionsPerDay().stream().map(DashboardView.DayCount::count).toList());
    }

    public String getQueuesChart() {
        return ChartJson.bar(Messages.text("dashboard.review.queues"),
                getView().queues().stream().map(q -> Messages.text("queue." + q.queue())).toList(),
                getView().queues().stream().map(DashboardView.QueueSize::count).toList());
    }

    public String getOverdueChart() {
        return counts("dashboard.review.overdue", getView().overdueByProvince(), false);
    }

    public String getReasonsChart() {
        return counts("dashboard.review.reasons", getView().topReasons(), true);
    }

    public String getProvincesChart() {
        return counts("dashboard.review.provinces", getView().underWayByProvince(), false);
    }

    /** A reason's label: the template's text, or "in the reviewer's own words". */
    public String reasonLabel(Count reason) {
        return reason.label() == null ? Messages.text("dashboard.review.ownWords") : reason.label();
    }

    private String counts(String titleKey, List<Count> counts, boolean reasons) {
        List<String> labels = counts.stream().map(c -> reasons ? shortened(reasonLabel(c)) : c.label()).toList();
        List<Long> values = counts.stream().map(Count::count).toList();
        return reasons ? ChartJson.horizontalBar(Messages.text(titleKey), labels, values)
                : ChartJson.bar(Messages.text(titleKey), labels, values);
    }

    /** Axis labels stay short; the table below the chart gives each reason in full. */
    private static String shortened(String text) {
        return text.length() <= 24 ? text : text.substring(0, 23) + "…";
    }
}
