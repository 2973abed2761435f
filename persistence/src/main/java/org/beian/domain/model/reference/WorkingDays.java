package org.beian.domain.model.reference;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.beian.domain.model.BeijingTime;

/**
 * Working-day arithmetic on the mainland calendar (Monday to Friday, less public holidays, plus the
 * adjusted working weekends). Deadlines end at 24:00 Beijing time of the last working day, which is how
 * the desk shows them ("we will check by 2018-04-20 24:00").
 */
public final class WorkingDays {

    private final Map<LocalDate, Boolean> exceptions;

    public WorkingDays(List<ReferenceData.CalendarDay> exceptions) {
        this.exceptions = exceptions.stream().collect(Collectors.toMap(ReferenceData.CalendarDay::day,
                ReferenceData.CalendarDay::workday, (a, b) -> b));
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean exception = exceptions.get(day);
        if (exception != null) {
            return exception;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The n-th working day after {@code day} (n ≥ 1; the day itself does not count). */
    public LocalDate addWorkingDays(LocalDate day, int n) {
        LocalDate current = day;
        int left = n;
        while (left > 0) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                left--;
            }
        }
        return current;
    }

    /** The first working day on or after {@code day}. */
    public LocalDate nextWorkingDayFrom(LocalDate day) {
        LocalDate current = day;
        while (!isWorkingDay(current)) {
            current = current.plusDays(1);
        }
        return current;
    }

    /**
     * The deadline n working days after a moment: end (24:00) of the n-th working day after the day it
     * happened on, Beijing time.
     */
    public ZonedDateTime deadline(ZonedDateTime from, int n) {
        LocalDate last = addWorkingDays(from.withZoneSameInstant(BeijingTime.ZONE).toLocalDate(), n);
        return LocalDateTime.of(last.plusDays(1), LocalTime.MIDNIGHT).atZone(BeijingTime.ZONE);
    }

}
