package org.beian.domain.model.audit;

import java.time.Instant;

/**
 * Which audit entries to read: about a target, by an actor, of an event type, occurred in [from, to);
 * null means any. Pages run newest first, before {@code (beforeAt, beforeId)} when set.
 */
public record AuditSearch(String target, String actor, String eventType, Instant from, Instant to, Instant beforeAt, Long beforeId) {
}
