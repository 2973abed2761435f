package org.beian.interfaces.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import org.beian.application.desk.AdministrationDesk;
import org.beian.application.dto.CalendarDayView;
import org.beian.application.dto.HolidayNoticePreview;
import org.beian.domain.model.BeijingTime;
import org.beian.interfaces.security.Callers;
import org.beian.interfaces.web.i18n.Messages;

/**
 * Backs /admin/holidays.xhtml: a year's calendar exceptions, and the import of the State Council's
 * notice in two steps — 解析 shows the rows the pasted text yields beside the year's rows now, 确认导入
 * replaces them (the desk reads the same text again). Changing the text or the year drops the preview,
 * so what is confirmed is always what was shown.
 */
@Named("adminHolidays")
@ViewScoped
public class HolidayCalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AdministrationDesk administration;

    @Inject
    private Callers callers;

    private int year = BeijingTime.today().getYear();
    private String text;
    private List<CalendarDayView> days;
    private HolidayNoticePreview preview;
    /** The year and text the preview was made of. */
    private int previewedYear;
    private String previewedText;

    public List<CalendarDayView> getDays() {
        if (days == null) {
            days = administration.calendarExceptions(callers.current(), year);
        }
        return days;
    }

    public void yearChosen() {
        days = null;
        preview = null;
    }

    public void parse() {
        preview = administration.previewHolidayNotice(callers.current(), year, text);
        previewedYear = year;
        previewedText = text;
    }

    public void confirm() {
        if (preview == null || previewedYear != year || !previewedText.equals(text)) {
            preview = null;
            Messages.error(null, "admin.holidays.parseFirst");
            return;
        }
        HolidayNoticePreview imported = administration.importHolidayNotice(callers.current(), year, text);
        Messages.info("admin.holidays.imported", Integer.toString(imported.year()), imported.days().size(), imported.current().size());
        preview = null;
        text = null;
        days = null;
    }

    public void cancel() {
        preview = null;
    }

    /** Last year to three years ahead: notices come out in the autumn before their year. */
    public List<Integer> getYears() {
        int now = BeijingTime.today().getYear();
        return IntStream.rangeClosed(now - 1, now + 3).boxed().toList();
    }

    /** "…（2025-11-04）: 19 weekdays off, 6 weekend days worked; they replace the 25 rows of 2026." */
    public String getPreviewSummary() {
        return preview == null ? "" : Messages.text("admin.holidays.previewSummary", preview.source(), preview.holidays(),
                preview.workdays(), preview.current().size(), Integer.toString(preview.year()));
    }

    /** The year as a text (a number in a message would be formatted 2,026). */
    public String getYearLabel() {
        return Integer.toString(year);
    }

    public HolidayNoticePreview getPreview() { return preview; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
