package dev.psdm.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What shaped a result besides the snapshot (issue 25 item 6): where the conventions came from, the rules
 * they switch off (which then have no result at all) and the rules they re-severity. Every format names it,
 * so a report never hides that a {@code .psdm.yml} found next to the snapshot was applied.
 *
 * @param source          a file, the handbook's defaults, or conventions set in code by an embedding application
 * @param file            the file as the user named it, when {@code source} is {@link Source#FILE}
 * @param disabledRules   the ids of the rules switched off, sorted
 * @param severityChanges the rules whose severity the conventions change, by id
 */
@JsonPropertyOrder({"source", "file", "disabledRules", "severityChanges"})
public record ConventionsUsed(Source source, @Nullable String file,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> disabledRules,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SeverityChange> severityChanges) {

    /** The handbook's defaults: no file, nothing switched off or changed. */
    public static final ConventionsUsed DEFAULTS = new ConventionsUsed(Source.DEFAULTS, null, List.of(), List.of());

    public ConventionsUsed {
        Objects.requireNonNull(source, "source");
        if ((source == Source.FILE) != (file != null)) {
            throw new IllegalArgumentException("a file is named exactly when the source is FILE");
        }
        disabledRules = disabledRules == null ? List.of() : disabledRules.stream().sorted().toList();
        severityChanges = severityChanges == null ? List.of()
                : severityChanges.stream().sorted(Comparator.comparing(SeverityChange::ruleId)).toList();
    }

    /** Where conventions come from. */
    public enum Source {
        /** A {@code .psdm.yml} (named with {@code --config}, or found next to the snapshot or in the working directory). */
        FILE,
        /** No file: the handbook's defaults. */
        DEFAULTS,
        /** Built in code by an embedding application. */
        CODE;

        @JsonValue
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A rule reported at another severity than its default.
     *
     * @param ruleId   the rule
     * @param from     its default severity
     * @param to       the severity the conventions give it
     */
    @JsonPropertyOrder({"ruleId", "from", "to"})
    public record SeverityChange(String ruleId, Severity from, Severity to) {
        public SeverityChange {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** For people: the file's name, "handbook defaults" or "conventions set in code". */
    @JsonIgnore
    public String describe() {
        return switch (source) {
            case FILE -> file;
            case DEFAULTS -> "handbook defaults";
            case CODE -> "conventions set in code";
        };
    }

    /**
     * One sentence for the formats people read, so the summary adds up (issue 25 item 6): "{@code .psdm.yml;
     * 25 of 26 rules run (switched off: PSDM-DRI-001); severity changed: PSDM-RAID-002 warning → error}" or
     * "{@code handbook defaults; all 26 rules run at their own severity}".
     *
     * @param rulesRun the rules the report has a result for (the switched-off ones have none)
     */
    @JsonIgnore
    public String describe(int rulesRun) {
        int all = rulesRun + disabledRules.size();
        StringBuilder sb = new StringBuilder(describe()).append("; ");
        if (disabledRules.isEmpty()) {
            sb.append("all ").append(all).append(all == 1 ? " rule runs" : " rules run");
        } else {
            sb.append(rulesRun).append(" of ").append(all).append(" rules run (switched off: ")
                    .append(String.join(", ", disabledRules)).append(')');
        }
        if (severityChanges.isEmpty()) {
            return sb.append(" at ").append(all == 1 ? "its" : "their").append(" own severity").toString();
        }
        sb.append("; severity changed: ");
        for (int k = 0; k < severityChanges.size(); k++) {
            SeverityChange c = severityChanges.get(k);
            sb.append(k == 0 ? "" : ", ").append(c.ruleId()).append(' ').append(c.from().name().toLowerCase(Locale.ROOT))
                    .append(" \u2192 ").append(c.to().name().toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }
}
