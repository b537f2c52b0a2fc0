package dev.psdm.report;

/** How much a failing rule matters. Ordered from least to most severe. */
public enum Severity {
    INFO, WARNING, ERROR;

    /** True when this severity is at least {@code other}. */
    public boolean isAtLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /** Parses {@code error}, {@code WARNING}, ... (case-insensitive). */
    public static Severity parse(String value) {
        for (Severity s : values()) {
            if (s.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + value + "' (expected error, warning or info)");
    }
}
