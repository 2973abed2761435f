package org.beian.application.dto;

import java.io.Serializable;
import java.time.Instant;

/**
 * An e-mail as it reached the demo mail server (demo mode only): when it arrived, to whom, from whom, the
 * subject, and its body as plain text and, when the mail has one, as HTML (either may be null).
 */
public record DemoMail(String id, Instant receivedAt, String to, String from, String subject, String text, String html)
        implements Serializable {
}
