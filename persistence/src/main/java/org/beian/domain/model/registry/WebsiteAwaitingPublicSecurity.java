package org.beian.domain.model.registry;

import java.time.Instant;

/** A filed website still without its public-security number, as the reminders read it. */
public record WebsiteAwaitingPublicSecurity(String icpNumber, String name, long accountId, Instant approvedAt) {
}
