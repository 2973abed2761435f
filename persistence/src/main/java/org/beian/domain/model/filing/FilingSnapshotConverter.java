package org.beian.domain.model.filing;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.beian.domain.model.filing.FilingSnapshot;

/** An order's snapshot as JSON text: self-contained, readable in the database, never a serialized object. */
@Converter
public class FilingSnapshotConverter implements AttributeConverter<FilingSnapshot, String> {

    // Jsonb instances are thread-safe and costly to create.
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public String convertToDatabaseColumn(FilingSnapshot snapshot) {
        return snapshot == null ? null : JSONB.toJson(snapshot);
    }

    @Override
    public FilingSnapshot convertToEntityAttribute(String json) {
        return json == null ? null : JSONB.fromJson(json, FilingSnapshot.class);
    }
}
