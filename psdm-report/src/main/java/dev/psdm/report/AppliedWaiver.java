package dev.psdm.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The waiver a finding is shown under: the team accepted this deviation, so it stays visible as
 * WAIVED but no longer fails the build. Serialized as a finding's {@code "waiver"} field.
 *
 * @param reason  why the team accepts it (from {@code .psdm.yml})
 * @param expires the last day the waiver holds, or null for no end
 */
@JsonPropertyOrder({"reason", "expires"})
public record AppliedWaiver(String reason, @Nullable LocalDate expires) {
    public AppliedWaiver {
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code "reason"} or {@code "reason (until 2026-06-30)"}, for people. */
    public String describe() {
        return expires == null ? reason : reason + " (until " + expires + ")";
    }
}
