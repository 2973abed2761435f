package org.beian.domain.model.filing.workflow;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.beian.domain.model.filing.FilingSnapshot;

/**
 * The fields one snapshot changes against another, so that an assisted correction tells the applicant
 * exactly what the reviewer changed (beyond-the-seed §4: say which field). Walks the snapshot's records
 * by their components, and lists of records by position; any other value is compared whole. Empty
 * and missing values count as the same.
 */
public final class SnapshotChanges {

    private SnapshotChanges() {}

    public static List<FieldChange> between(FilingSnapshot before, FilingSnapshot after) {
        List<FieldChange> changes = new ArrayList<>();
        compare("", before, after, changes);
        return List.copyOf(changes);
    }

    /** Every filled field of the snapshot by its path, its value as {@code after}, in the order the snapshot holds them. */
    public static List<FieldChange> filled(FilingSnapshot snapshot) {
        List<FieldChange> fields = new ArrayList<>();
        compare("", null, snapshot, fields);
        return List.copyOf(fields);
    }

    private static void compare(String path, Object beforeValue, Object afterValue, List<FieldChange> changes) {
        Object before = nothingAsNull(beforeValue);
        Object after = nothingAsNull(afterValue);
        if (Objects.equals(before, after)) {
            return;
        }
        Class<?> type = before != null ? before.getClass() : after.getClass();
        boolean sameType = before == null || after == null || before.getClass() == after.getClass();
        if (type.isRecord() && sameType) {
            for (RecordComponent component : type.getRecordComponents()) {
                compare(join(path, component.getName()), read(component, before), read(component, after), changes);
            }
        } else if (listOrNothing(before) && listOrNothing(after) && (holdsRecords(asList(before)) || holdsRecords(asList(after)))) {
            List<?> left = asList(before);
            List<?> right = asList(after);
            for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
                compare(path + "[" + i + "]", i < left.size() ? left.get(i) : null, i < right.size() ? right.get(i) : null,
                        changes);
            }
        } else {
            changes.add(new FieldChange(path, text(before), text(after)));
        }
    }

    /** An empty text or list says as little as a missing one: not worth telling the applicant about. */
    private static boolean listOrNothing(Object value) {
        return value == null || value instanceof List<?>;
    }

    private static List<?> asList(Object value) {
        return value == null ? List.of() : (List<?>) value;
    }

    private static Object nothingAsNull(Object value) {
        boolean nothing = value instanceof String text && text.isEmpty()
                || value instanceof Collection<?> collection && collection.isEmpty();
        return nothing ? null : value;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Object read(RecordComponent component, Object record) {
        if (record == null) {
            return null;
        }
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }

    private static boolean holdsRecords(List<?> list) {
        return list.stream().anyMatch(element -> element != null && element.getClass().isRecord());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
