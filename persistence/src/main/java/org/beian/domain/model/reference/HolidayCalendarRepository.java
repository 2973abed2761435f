package org.beian.domain.model.reference;

import java.time.LocalDate;
import java.util.List;

/** The calendar exceptions as administrators keep them: a year at a time, from the State Council's notice. */
public interface HolidayCalendarRepository {

    /** The exceptions between two days (inclusive), by day. */
    List<CalendarException> listBetween(LocalDate from, LocalDate to);

    /**
     * Replaces the year's rows by these: every row of the year goes, and so does any row on a day of
     * {@code rows} outside it (a notice may start a holiday in the last days of the year before).
     */
    void replaceYear(int year, List<CalendarException> rows);
}
