package org.beian.application.dto;

import java.io.Serializable;
import java.util.List;

/**
 * What a pasted State Council notice yields for a year, before (or as) it replaces that year's rows:
 * the new rows, and the rows there are now (which the import removes).
 */
public record HolidayNoticePreview(int year, String source, List<CalendarDayView> days, List<CalendarDayView> current)
        implements Serializable {

    public long holidays() {
        return days.stream().filter(d -> !d.workday()).count();
    }

    public long workdays() {
        return days.stream().filter(CalendarDayView::workday).count();
    }
}
