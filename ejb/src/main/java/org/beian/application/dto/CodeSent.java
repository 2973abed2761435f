package org.beian.application.dto;

import java.io.Serializable;
import java.time.Instant;

/** A verification code is on its way: valid until {@code expiresAt}; the next one may be asked for at {@code nextSendAt}. */
public record CodeSent(Instant expiresAt, Instant nextSendAt, int sendsLeftToday) implements Serializable {
}
