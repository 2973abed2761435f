package org.beian.interfaces.web.view.portal.filing;

import java.util.List;
import java.util.Objects;

/** Empty inputs are absent values in the snapshot: the checks count an empty value as missing. */
final class Blank {

    private Blank() {}

    static String toNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The non-blank values of a list of inputs, trimmed, in order. */
    static List<String> values(List<? extends TextItem> items) {
        return items.stream().map(TextItem::getValue).map(Blank::toNull).filter(Objects::nonNull).toList();
    }
}
