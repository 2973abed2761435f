package org.beian.application.internal;

import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Plays CDI for unit tests: the beans keep their {@code @Inject private} fields (no setters or
 * constructors just for tests), so a collaborator is put into the one injected field of its type.
 */
final class Wiring {

    private Wiring() {}

    /** Sets the {@code @Inject} field of {@code bean} whose type {@code value} implements; exactly one must match. */
    static <T> T inject(T bean, Object value) {
        List<Field> candidates = new ArrayList<>();
        for (Class<?> type = bean.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(Inject.class) && field.getType().isInstance(value)) {
                    candidates.add(field);
                }
            }
        }
        if (candidates.size() != 1) {
            // Silently picking one would wire a test differently from the container.
            throw new IllegalArgumentException(candidates.size() + " injected fields of " + bean.getClass().getSimpleName()
                    + " take a " + value.getClass().getSimpleName() + ": " + candidates);
        }
        set(bean, candidates.get(0), value);
        return bean;
    }

    /** Sets a field by name, as the database does for columns the entity offers no setter for (ids, versions, claims). */
    static void setField(Object target, String name, Object value) {
        for (Class<?> type = target.getClass(); type != Object.class; type = type.getSuperclass()) {
            try {
                set(target, type.getDeclaredField(name), value);
                return;
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new IllegalArgumentException(target.getClass().getSimpleName() + " has no field " + name);
    }

    private static void set(Object target, Field field, Object value) {
        try {
            field.setAccessible(true);
            field.set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot set " + field, e);
        }
    }
}
