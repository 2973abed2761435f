package org.beian.domain.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The desk's one clock zone. Deadlines, working days, ages and order numbers are all reckoned in
 * Beijing time (UTC+8, no daylight saving), whatever zone the server runs in.
 */
public final class BeijingTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BeijingTime() {}

    public static ZonedDateTime now() {
        return ZonedDateTime.now(ZONE);
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The Beijing day an instant falls on (an approval's day, for instance). */
    public static LocalDate dateOf(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZONE);
    }

    /**
     * A deadline the way the desk states it: deadlines end at midnight Beijing time and read
     * "2018-04-20 24:00" (the day they end), other instants "yyyy-MM-dd HH:mm".
     */
    public static String deadline(Instant instant) {
        String formatted = MINUTES.format(instant.minusSeconds(1));
        return formatted.endsWith("23:59") ? formatted.substring(0, formatted.length() - 5) + "24:00" : MINUTES.format(instant);
    }

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
}
