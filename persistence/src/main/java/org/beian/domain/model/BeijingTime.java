package org.beian.domain.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

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
}
