package org.beian.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The dead-message queue, for administrators: messages whose work failed on every attempt (an event
 * that could not be handled, an e-mail or SMS the provider kept refusing), and sending one back.
 */
public interface DeadMessageService {

    /**
     * @param origin EVENTS or DELIVERY: the queue it is sent back to
     * @param notificationId the e-mail or SMS it delivers (DELIVERY), else null
     */
    record DeadMessageView(String messageId, String origin, String type, String eventId, Long notificationId, int attempts,
                           String reason, Instant deadAt, String summary) implements Serializable {}

    /** The oldest first, at most {@code max}. */
    List<DeadMessageView> list(@NotNull Caller caller, int max);

    /** Takes the message off the dead-message queue and sends it back to where it came from, attempts reset. */
    void retry(@NotNull Caller caller, @NotBlank String messageId);
}
