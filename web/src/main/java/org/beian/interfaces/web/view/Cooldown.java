package org.beian.interfaces.web.view;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import org.beian.interfaces.web.i18n.Messages;

/** When a "send code" button may be used again; the page shows the seconds left and counts them down. */
public final class Cooldown implements Serializable {

    private static final long serialVersionUID = 1L;

    private Instant until;

    public void until(Instant instant) {
        this.until = instant;
    }

    /** Seconds until the next code may be asked for; 0 when it may now. */
    public long getSeconds() {
        if (until == null) {
            return 0;
        }
        long millis = Duration.between(Instant.now(), until).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    public boolean isActive() {
        return getSeconds() > 0;
    }

    /** The button's label: "send code", or the seconds to wait. */
    public String getLabel() {
        long seconds = getSeconds();
        return seconds > 0 ? Messages.text("code.wait", seconds) : Messages.text("code.send");
    }
}
