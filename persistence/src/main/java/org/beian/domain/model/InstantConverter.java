package org.beian.domain.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Jakarta Persistence 3.1 does not map {@link Instant} (3.2 does): without this EclipseLink would
 * serialize it. Instants are stored as UTC {@code TIMESTAMP WITH TIME ZONE}, so every instance of a
 * cluster reads the same moment whatever its JVM time zone.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
