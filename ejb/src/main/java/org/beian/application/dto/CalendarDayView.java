package org.beian.application.dto;

import java.io.Serializable;
import java.time.LocalDate;

/** One calendar exception: {@code kind} HOLIDAY (a weekday off) or WORKDAY (a weekend day worked). */
public record CalendarDayView(LocalDate day, String kind, String name, String source) implements Serializable {

    public boolean workday() {
        return "WORKDAY".equals(kind);
    }
}
