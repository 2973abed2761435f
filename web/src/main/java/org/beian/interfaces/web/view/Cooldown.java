package org.beian.interfaces.web.view;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.beian.application.CodeNotSentException;
import org.beian.application.dto.CodeSent;
import org.beian.interfaces.web.i18n.Messages;

/** When a "send code" button may be used again; the page shows the seconds left and counts them down. */
public final class Cooldown implements Serializable {

    private static final long serialVersionUID = 1L;

    private Instant until;

    public void until(Instant instant) {
        this.until = instant;
    }

    /**
     * Asks for a code: sent, the cooldown runs until the next send may be asked for and {@code sentKey} shows
     * on the code field; refused, the reason shows there (and a refusal for the cooldown restarts the count).
     */
    public void request(Supplier<CodeSent> send, String codeField, String sentKey) {
        try {
            until(send.get().nextSendAt());
            Messages.infoOn(codeField, sentKey);
        } catch (CodeNotSentException e) {
            if ("error.code.cooldown".equals(e.getMessageKey())) {
                until(e.getNextSendAt());
            }
            Messages.error(codeField, e.getMessageKey(), e.getArguments());
        }
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
