package dev.psdm.model;

import java.util.List;

/** Null-tolerant copying for record components: a missing JSON array reads as an empty list. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copyOf(List<T> list, String field) {
        if (list == null) {
            return List.of();
        }
        int index = list.indexOf(null);
        if (index >= 0) {
            throw new IllegalArgumentException("'" + field + "' has a null entry at index " + index);
        }
        return List.copyOf(list);
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("missing required field '" + field + "'");
        }
        return value;
    }
}
