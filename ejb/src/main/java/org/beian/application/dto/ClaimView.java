package org.beian.application.dto;

import java.io.Serializable;
import java.time.Instant;

/** Who holds an order for review and until when; both null when nobody's claim runs. */
public record ClaimView(String holder, Instant until) implements Serializable {

    public boolean heldBy(String username) {
        return holder != null && holder.equals(username);
    }
}
