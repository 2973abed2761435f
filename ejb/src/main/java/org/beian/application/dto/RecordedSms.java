package org.beian.application.dto;

import java.io.Serializable;
import java.time.Instant;

/** A text message the built-in SMS gateway recorded instead of sending (demo mode). */
public record RecordedSms(long id, String mobile, String sender, String text, Instant sentAt) implements Serializable {
}
