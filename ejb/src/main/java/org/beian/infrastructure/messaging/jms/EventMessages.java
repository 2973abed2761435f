package org.beian.infrastructure.messaging.jms;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.beian.application.event.ApplicationEvent;

/** The JSON text form of an {@link ApplicationEvent} on the wire: never a serialized Java object. */
public final class EventMessages {

    private EventMessages() {}

    public static String toJson(ApplicationEvent event) {
        JsonObjectBuilder attributes = Json.createObjectBuilder();
        event.attributes().forEach(attributes::add);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", event.id())
                .add("type", event.type())
                .add("occurredAt", event.occurredAt().toString())
                .add("attributes", attributes);
        if (event.actor() != null) {
            json.add("actor", event.actor());
        }
        if (event.target() != null) {
            json.add("target", event.target());
        }
        return json.build().toString();
    }

    public static ApplicationEvent fromJson(String text) {
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(text))) {
            json = reader.readObject();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        json.getJsonObject("attributes").forEach((k, v) -> attributes.put(k, ((JsonString) v).getString()));
        return new ApplicationEvent(json.getString("id"), json.getString("type"),
                Instant.parse(json.getString("occurredAt")), json.getString("actor", null),
                json.getString("target", null), attributes);
    }
}
