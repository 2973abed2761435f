package org.beian.domain.model.registry;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Short lists of codes (pre-approval types, languages) kept in one column, separated by '|'. */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {

    private static final String SEPARATOR = "|";

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        for (String value : values) {
            if (value.contains(SEPARATOR)) {
                throw new IllegalArgumentException("A code may not contain '" + SEPARATOR + "': " + value);
            }
        }
        return String.join(SEPARATOR, values);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(column.split("\\|")));
    }
}
