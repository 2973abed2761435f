package org.beian.application.event;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Something that happened in the application, as it leaves it: a unique id (consumers use it to
 * deliver at most once), a type, when, who did it, what it concerns, and flat string attributes.
 */
public record ApplicationEvent(String id, String type, Instant occurredAt, String actor, String target,
                               Map<String, String> attributes) {

    public ApplicationEvent {
        Objects.requireNonNull(id);
        Objects.requireNonNull(type);
        Objects.requireNonNull(occurredAt);
        attributes = Map.copyOf(attributes);
    }

    public static ApplicationEvent of(String type, String actor, String target, Map<String, String> attributes) {
        return new ApplicationEvent(UUID.randomUUID().toString(), type, Instant.now(), actor, target, attributes);
    }
}
