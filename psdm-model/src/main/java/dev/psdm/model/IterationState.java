package dev.psdm.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * GitLab's iteration state. The REST API gives it as an int (1 upcoming, 2 current, 3 closed);
 * the snapshot stores the lower-case name so the file reads well.
 */
public enum IterationState {
    UPCOMING, CURRENT, CLOSED;

    /** Maps GitLab's REST integer code. */
    public static IterationState fromGitLabCode(int code) {
        return switch (code) {
            case 1 -> UPCOMING;
            case 2 -> CURRENT;
            case 3 -> CLOSED;
            default -> throw new IllegalArgumentException("unknown GitLab iteration state " + code);
        };
    }

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static IterationState fromJson(String value) {
        for (IterationState state : values()) {
            if (state.jsonName().equalsIgnoreCase(value)) {
                return state;
            }
        }
        throw new IllegalArgumentException("expected one of upcoming, current, closed but found '" + value + "'");
    }
}
