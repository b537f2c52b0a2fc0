package dev.psdm.report;

import dev.psdm.report.SizeClass;

/** Which project sizes a rule applies to ({@code @appliesTo} in the rule's metadata). */
public enum Applicability {
    /** Every project. */
    ALL,
    /** Projects of more than 5 iterations or more than two months (handbook: "Guidelines for PSDM"). */
    LARGE,
    /** The others. */
    SMALL;

    /** True when a rule with this applicability runs on a project of that size. */
    public boolean appliesTo(SizeClass size) {
        return this == ALL || name().equals(size.name());
    }

    /** Parses an {@code @appliesTo} value ({@code ALL}, {@code large}, ...; case-insensitive). */
    public static Applicability parse(String value) {
        for (Applicability a : values()) {
            if (a.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown @appliesTo '" + value + "' (expected ALL, LARGE or SMALL)");
    }
}
