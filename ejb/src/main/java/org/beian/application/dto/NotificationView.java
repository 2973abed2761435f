package org.beian.application.dto;

import java.io.Serializable;
import java.time.Instant;

/** One e-mail or SMS planned for an account, with how its delivery went. */
public record NotificationView(long id, String eventId, String eventType, String channel, String recipient, String subject,
                               String body, String status, int attempts, String lastError, Instant createdAt, Instant sentAt)
        implements Serializable {
}
