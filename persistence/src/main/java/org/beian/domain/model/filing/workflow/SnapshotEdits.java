package org.beian.domain.model.filing.workflow;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beian.domain.model.filing.FilingSnapshot;

/**
 * One text field of a snapshot set to a new value by its path (the paths {@link SnapshotChanges} names,
 * such as {@code subject.mailingAddress} or {@code websites[0].principal.mobile}): the reviewer's
 * assisted correction edits one field at a time, and everything else stays exactly as the applicant
 * entered it. Records are rebuilt through their canonical constructors, so their own checks still run.
 */
public final class SnapshotEdits {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

    private SnapshotEdits() {}

    /** The snapshot with the text at {@code path} replaced; refused when the path names no text field of it. */
    public static FilingSnapshot withText(FilingSnapshot snapshot, String path, String value) {
        return (FilingSnapshot) set(snapshot, List.of(path.split("\\.")), value, path);
    }

    private static Object set(Object record, List<String> segments, String value, String path) {
        if (record == null || !record.getClass().isRecord()) {
            throw new IllegalArgumentException("No field " + path);
        }
        Matcher segment = SEGMENT.matcher(segments.get(0));
        if (!segment.matches()) {
            throw new IllegalArgumentException("No field " + path);
        }
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        boolean found = false;
        for (int i = 0; i < components.length; i++) {
            values[i] = read(components[i], record);
            if (!components[i].getName().equals(segment.group(1))) {
                continue;
            }
            found = true;
            List<String> rest = segments.subList(1, segments.size());
            if (segment.group(2) != null) {
                if (!(values[i] instanceof List<?> list) || Integer.parseInt(segment.group(2)) >= list.size() || rest.isEmpty()) {
                    throw new IllegalArgumentException("No field " + path);
                }
                List<Object> copy = new ArrayList<>(list);
                int index = Integer.parseInt(segment.group(2));
                copy.set(index, set(copy.get(index), rest, value, path));
                values[i] = List.copyOf(copy);
            } else if (rest.isEmpty()) {
                if (components[i].getType() != String.class) {
                    throw new IllegalArgumentException("Not a text field: " + path);
                }
                values[i] = value;
            } else {
                values[i] = set(values[i], rest, value, path);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("No field " + path);
        }
        try {
            Class<?>[] types = java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return record.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot rebuild " + record.getClass(), e);
        }
    }

    /** Whether the path names a text field the snapshot has (the fields a correction may change). */
    public static boolean isText(FilingSnapshot snapshot, String path) {
        try {
            withText(snapshot, path, "");
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }
}
