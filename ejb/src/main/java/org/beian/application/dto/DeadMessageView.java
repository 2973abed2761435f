package org.beian.application.dto;

import java.io.Serializable;
import java.time.Instant;

/**
 * A message whose work failed on every attempt, as the administrators' page lists it.
 *
 * @param origin EVENTS or DELIVERY: the queue it is sent back to
 * @param notificationId the e-mail or SMS it delivers (DELIVERY), else null
 */
public record DeadMessageView(String messageId, String origin, String type, String eventId, Long notificationId, int attempts,
                              String reason, Instant deadAt, String summary) implements Serializable {
}
