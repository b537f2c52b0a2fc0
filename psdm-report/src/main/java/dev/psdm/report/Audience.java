package dev.psdm.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * Who a report is written for ({@code psdm check --audience}, issue 25 item 9). The internal view (the
 * default) shows every rule; the customer view, the one a project manager forwards to the customer's
 * steering committee, leaves out the rules whose metadata says {@code @audience("internal")} and never
 * prints a confidential issue's title.
 */
public enum Audience {
    /** The delivery team and GitLab: every rule, every title. */
    INTERNAL,
    /** The customer: customer-facing rules only, confidential issues without their titles. */
    CUSTOMER;

    /** As the option and the JSON spell it: {@code internal}, {@code customer}. */
    @JsonValue
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code internal} or {@code customer} (case-insensitive). */
    @JsonCreator
    public static Audience parse(String value) {
        for (Audience a : values()) {
            if (a.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not one of internal, customer");
    }
}
