package dev.psdm.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import dev.psdm.model.json.DateBounds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads one field of a GitLab JSON record, strictly: a value of the wrong kind is an
 * {@link UnusableRecord} naming the field and what it held, never a guess. A missing key and
 * {@code null} both read as null.
 */
final class JsonFields {
    private JsonFields() {
    }

    static boolean has(JsonNode node, String field) {
        return node.has(field);
    }

    static boolean present(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw wrong(field, "a string", v);
        }
        return v.asText();
    }

    static String requiredText(JsonNode node, String field) {
        String v = text(node, field);
        if (v == null) {
            throw new UnusableRecord("it has no '" + field + "'");
        }
        return v;
    }

    static Long longValue(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.longValue();
        }
        if (v.isTextual() && v.asText().matches("-?\\d{1,18}")) {
            return Long.parseLong(v.asText());
        }
        throw wrong(field, "an integer", v);
    }

    static long requiredLong(JsonNode node, String field) {
        Long v = longValue(node, field);
        if (v == null) {
            throw new UnusableRecord("it has no '" + field + "'");
        }
        return v;
    }

    static Integer intValue(JsonNode node, String field) {
        Long v = longValue(node, field);
        if (v == null) {
            return null;
        }
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw wrong(field, "an integer", node.get(field));
        }
        return v.intValue();
    }

    /** GitLab's booleans; the epics doc example sends {@code "confidential": "false"}, a string. */
    static boolean bool(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual() && (v.asText().equals("true") || v.asText().equals("false"))) {
            return Boolean.parseBoolean(v.asText());
        }
        throw wrong(field, "true or false", v);
    }

    /** {@code 2016-01-04T15:31:51.081Z}, without milliseconds, or with an offset ({@code +11:00}). */
    static Instant instant(JsonNode node, String field) {
        return parsed(node, field, "a timestamp", v -> OffsetDateTime.parse(v).toInstant(), DateBounds::inRange);
    }

    /** {@code YYYY-MM-DD}. */
    static LocalDate date(JsonNode node, String field) {
        return parsed(node, field, "a date (YYYY-MM-DD)",
                v -> LocalDate.parse(v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v), DateBounds::inRange);
    }

    /** A text field parsed as {@code expected}, or null when absent; one psdm can hold ({@link DateBounds}) or refused. */
    private static <T> T parsed(JsonNode node, String field, String expected, Function<String, T> parse,
                                Predicate<T> inRange) {
        String v = text(node, field);
        if (v == null) {
            return null;
        }
        T value;
        try {
            value = parse.apply(v);
        } catch (DateTimeParseException e) {
            throw wrong(field, expected, node.get(field));
        }
        if (!inRange.test(value)) {
            throw outOfRange(field, v);
        }
        return value;
    }

    /** An object field, or null. */
    static JsonNode object(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            throw wrong(field, "an object", v);
        }
        return v;
    }

    static List<JsonNode> array(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw wrong(field, "a list", v);
        }
        List<JsonNode> out = new ArrayList<>(v.size());
        v.forEach(out::add);
        return out;
    }

    /**
     * The snapshot reader's bounds (DateBounds), so that what {@code psdm snapshot} writes, {@code check
     * --snapshot} accepts: an iteration from year -999999999 ran the weekly derivation out of memory.
     */
    private static UnusableRecord outOfRange(String field, String value) {
        return new UnusableRecord("'" + field + "' is outside the years 1970 to 9999: " + Failure.oneLine(value));
    }

    private static UnusableRecord wrong(String field, String expected, JsonNode found) {
        String shown = found.isContainerNode() ? (found.isArray() ? "a list" : "an object") : found.toString();
        return new UnusableRecord("'" + field + "' is not " + expected + " but " + Failure.oneLine(shown));
    }
}
