package dev.psdm.rules;

import dev.psdm.rules.facts.SizeClass;

/** Which project sizes a rule applies to ({@code @appliesTo} in the rule's metadata). */
public enum Applicability {
    ALL, LARGE, SMALL;

    public boolean appliesTo(SizeClass size) {
        return this == ALL || name().equals(size.name());
    }

    public static Applicability parse(String value) {
        for (Applicability a : values()) {
            if (a.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown @appliesTo '" + value + "' (expected ALL, LARGE or SMALL)");
    }
}
