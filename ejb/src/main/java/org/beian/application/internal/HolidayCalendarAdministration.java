package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.beian.application.dto.CalendarDayView;
import org.beian.application.dto.HolidayNoticePreview;
import org.beian.application.event.ApplicationEvent;
import org.beian.application.event.ApplicationEvents;
import org.beian.application.event.EventTypes;
import org.beian.application.security.Caller;
import org.beian.domain.model.reference.CalendarException;
import org.beian.domain.model.reference.HolidayCalendarRepository;
import org.beian.domain.model.reference.HolidayNotice;
import org.beian.domain.model.reference.RefusedInputException;

/**
 * The holiday calendar, a year at a time from the State Council's notice: the administrator pastes the
 * notice, sees the rows it yields beside the year's rows now, and confirms. The import reads the text
 * again rather than taking rows from the page, so what is stored is what the parser reads from the
 * notice. Deadlines computed after the import use the new rows (the calendar is read per computation);
 * deadlines already set on orders stay as they were.
 */
@ApplicationScoped
public class HolidayCalendarAdministration {

    @Inject
    private HolidayCalendarRepository calendar;

    @Inject
    private ApplicationEvents events;

    public List<CalendarDayView> year(int year) {
        return calendar.listBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(HolidayCalendarAdministration::view).toList();
    }

    public HolidayNoticePreview preview(int year, String text) {
        HolidayNotice notice = read(year, text);
        return new HolidayNoticePreview(year, notice.source(), notice.toCalendarExceptions().stream()
                .map(HolidayCalendarAdministration::view).toList(), year(year));
    }

    public HolidayNoticePreview importNotice(Caller caller, int year, String text) {
        HolidayNotice notice = read(year, text);
        List<CalendarDayView> before = year(year);
        List<CalendarException> rows = notice.toCalendarExceptions();
        calendar.replaceYear(year, rows);
        events.raise(ApplicationEvent.of(EventTypes.HOLIDAY_NOTICE_IMPORTED, caller.username(), "calendar:" + year,
                Map.of("source", notice.source(), "rows", Integer.toString(rows.size()), "replaced", Integer.toString(before.size()))));
        return new HolidayNoticePreview(year, notice.source(), rows.stream().map(HolidayCalendarAdministration::view).toList(), before);
    }

    private static HolidayNotice read(int year, String text) {
        try {
            return HolidayNotice.parse(text, year);
        } catch (RefusedInputException refused) {
            throw FieldRefusals.of(refused);
        }
    }

    private static CalendarDayView view(CalendarException c) {
        return new CalendarDayView(c.getDay(), c.getKind().name(), c.getName(), c.getSource());
    }
}
