package dev.psdm.report;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An accepted deviation, declared in {@code .psdm.yml}: the finding stays visible as WAIVED with
 * its reason but no longer fails the build.
 *
 * @param rule    the rule id, e.g. {@code PSDM-RAID-002}
 * @param subject the subject key the waiver is limited to ({@code issue#42}, {@code iteration:123}), or null for every subject of the rule
 * @param reason  why the team accepts it (required)
 * @param expires the last day the waiver holds, or null for no end
 */
public record Waiver(String rule, @Nullable String subject, String reason, @Nullable LocalDate expires) {
    public Waiver {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }

    /** True when the waiver still holds on that date. */
    public boolean isActiveOn(LocalDate date) {
        return expires == null || !date.isAfter(expires);
    }
}
