package org.beian.domain.model.filing.workflow;

/** One field an assisted correction changed: a path such as {@code websites[0].name}, and both values. */
public record FieldChange(String path, String before, String after) implements java.io.Serializable {

    @Override
    public String toString() {
        return path + ": " + quote(before) + " → " + quote(after);
    }

    private static String quote(String value) {
        return value == null ? "∅" : "\"" + value + "\"";
    }
}
