package dev.psdm.model.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.util.List;
import java.util.Locale;

/**
 * Turns Jackson's exceptions into one-line messages a person can act on: JSON path, what was
 * expected, where. Shared by every reader of our JSON and YAML files.
 */
public final class JsonErrors {
    private JsonErrors() {
    }

    /**
     * Makes a message safe for a one-line error: values quoted from the input may hold line breaks or
     * other control characters (found by fuzzing), which are shown escaped, as in JSON.
     */
    public static String oneLine(String message) {
        StringBuilder sb = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** {@code $.issues[3].weight} for the exception's path. */
    public static String jsonPath(JsonMappingException e) {
        return jsonPath(e.getPath());
    }

    static String jsonPath(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The problem without Jackson's class names and source dumps. */
    public static String describe(JsonProcessingException e) {
        Throwable root = e;
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            root = e.getCause();
            return root.getMessage();
        }
        if (e.getCause() instanceof JsonProcessingException syntax && !(syntax instanceof JsonMappingException)) {
            return "not valid JSON: " + withoutSourceDetails(syntax.getOriginalMessage());
        }
        if (e instanceof InvalidFormatException ife && ife.getOriginalMessage() != null
                && ife.getOriginalMessage().startsWith(DateBounds.OUT_OF_RANGE)) {
            return ife.getOriginalMessage().substring(DateBounds.OUT_OF_RANGE.length());
        }
        if (e instanceof InvalidFormatException ife) {
            return "expected " + expectedName(ife.getTargetType()) + " but found " + quote(ife.getValue());
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Missing required creator property '")) {
            int end = original.indexOf('\'', 36);
            return "missing required field '" + original.substring(36, end) + "'";
        }
        if (e instanceof MismatchedInputException mie && mie.getTargetType() != null) {
            return "expected " + expectedName(mie.getTargetType()) + firstLineOfDetail(mie);
        }
        return e.getOriginalMessage();
    }

    /** " (line 40, column 17)" or "" when the location is unknown. */
    public static String where(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /**
     * Jackson appends "(start marker at [Source: REDACTED ...])", "(for Object starting at [Source: ...])"
     * and more lines; we give the location separately.
     */
    static String withoutSourceDetails(String message) {
        if (message == null) {
            return "";
        }
        String firstLine = message.lines().findFirst().orElse("");
        return SOURCE_DETAILS.matcher(firstLine).replaceAll("");
    }

    private static final java.util.regex.Pattern SOURCE_DETAILS =
            java.util.regex.Pattern.compile("\\s*\\([^()\\[]*\\[Source: [^\\]]*\\][^()]*\\)");

    private static String firstLineOfDetail(MismatchedInputException e) {
        String original = e.getOriginalMessage();
        if (original == null) {
            return "";
        }
        int idx = original.indexOf("from ");
        if (idx >= 0) {
            String detail = original.substring(idx + 5);
            int end = detail.indexOf('\n');
            detail = end >= 0 ? detail.substring(0, end) : detail;
            return " but found " + detail.replaceAll("\\s*\\(.*", "").replace("String value", "a string")
                    .replace("Array value", "an array").replace("Object value", "an object");
        }
        return "";
    }

    static String expectedName(Class<?> type) {
        if (type == null) {
            return "a value";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        String simple = type.getSimpleName();
        return switch (simple) {
            case "Instant" -> "an ISO-8601 instant such as 2026-03-02T09:00:00Z";
            case "LocalDate" -> "an ISO-8601 date such as 2026-03-02";
            default -> type.isEnum() ? "one of " + enumValues(type) : "an object (" + simple + ")";
        };
    }

    private static String enumValues(Class<?> type) {
        StringBuilder sb = new StringBuilder();
        for (Object constant : type.getEnumConstants()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(constant.toString().toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    private static String quote(Object value) {
        return value instanceof String s ? '"' + s + '"' : String.valueOf(value);
    }
}
