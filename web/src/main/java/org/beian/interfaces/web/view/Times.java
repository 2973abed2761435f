package org.beian.interfaces.web.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.beian.domain.model.BeijingTime;

/** Instants on pages, the way the desk shows times: Beijing time, to the minute ({@code #{times.format(x)}}). */
@Named
@ApplicationScoped
public class Times {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BeijingTime.ZONE);

    public String format(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    /** A deadline as the desk states it: "2018-04-20 24:00". */
    public String deadline(Instant instant) {
        return instant == null ? "" : BeijingTime.deadline(instant);
    }
}
