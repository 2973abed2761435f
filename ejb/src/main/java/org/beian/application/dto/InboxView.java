package org.beian.application.dto;

import java.io.Serializable;
import java.time.Instant;

/** One message of the in-app inbox. */
public record InboxView(long id, String title, String body, Instant createdAt, boolean read) implements Serializable {
}
