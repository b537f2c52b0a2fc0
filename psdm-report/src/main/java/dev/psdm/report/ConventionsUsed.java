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
     * One line for the text formats: {@code Conventions: .psdm.yml (switched off: PSDM-X-001; severity
     * changed: PSDM-Y-002 warning → error)}.
     */
    @JsonIgnore
    public String describeChanges() {
        StringBuilder sb = new StringBuilder();
        if (!disabledRules.isEmpty()) {
            sb.append("switched off: ").append(String.join(", ", disabledRules));
        }
        if (!severityChanges.isEmpty()) {
            sb.append(sb.isEmpty() ? "" : "; ").append("severity changed: ");
            sb.append(String.join(", ", severityChanges.stream().map(c -> c.ruleId() + " "
                    + c.from().name().toLowerCase(Locale.ROOT) + " → " + c.to().name().toLowerCase(Locale.ROOT)).toList()));
        }
        return sb.toString();
    }
}
