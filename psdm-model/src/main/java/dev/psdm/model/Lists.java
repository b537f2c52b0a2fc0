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
        // indexOf(null) throws on immutable lists, so look for nulls by hand
        for (int index = 0; index < list.size(); index++) {
            if (list.get(index) == null) {
                throw new IllegalArgumentException("'" + field + "' has a null entry at index " + index);
            }
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
