package dev.psdm.report;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * {@code --fail-on}: the lowest severity of a counting finding that fails the gate (exit code 1), or
 * {@link #NEVER}. Written in the report ({@code gate.failOn}) so every format states the gate it was judged by.
 */
public enum FailOn {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), INFO(Severity.INFO), NEVER(null);

    private final @Nullable Severity threshold;

    FailOn(@Nullable Severity threshold) {
        this.threshold = threshold;
    }

    /** The lowest failing severity, or null for {@link #NEVER}. */
    public @Nullable Severity threshold() {
        return threshold;
    }

    /** As the option is spelled: {@code error}, {@code warning}, {@code info}, {@code never}. */
    @JsonValue
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code error}, {@code WARNING}, ... (case-insensitive). */
    public static FailOn parse(String value) {
        for (FailOn f : values()) {
            if (f.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not one of error, warning, info, never");
    }
}
