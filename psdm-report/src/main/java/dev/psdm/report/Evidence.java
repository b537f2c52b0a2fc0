package dev.psdm.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Objects;

/**
 * What a rule's outcome rests on (issue 29): what it looked at, what it found there, and the
 * conventions and thresholds it used. A finding carries the items about its own subject (its near
 * misses); the result carries the rest (the records that satisfied the rule, the size or the data gap).
 *
 * @param lookedAt what the rule considered, as counts a person can check ("14 delivery iterations started
 *                 by the as-of date"), in the order the rule said them
 * @param items    what it found, in {@link EvidenceItem#ORDER}; at most {@link #MAX_ITEMS}
 * @param omitted  how many more items there were (a rule that passes on 400 iterations lists 50)
 * @param settings the {@code .psdm.yml} keys that tune the rule, with the values this run used
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"lookedAt", "items", "omitted", "settings"})
public record Evidence(List<String> lookedAt, List<EvidenceItem> items,
                       @JsonInclude(JsonInclude.Include.NON_DEFAULT) int omitted, List<SettingUsed> settings) {

    /** Items kept per result; the rest are counted in {@link #omitted}, so a report stays readable and small. */
    public static final int MAX_ITEMS = 50;

    /** A convention or threshold as this run used it: the key and its effective value, as text. */
    @JsonPropertyOrder({"key", "value"})
    public record SettingUsed(String key, String value) {
        public SettingUsed {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    public Evidence {
        // an empty part is left out of the JSON, so reading a report back gives null for it
        lookedAt = lookedAt == null ? List.of() : List.copyOf(lookedAt);
        items = items == null ? List.of() : List.copyOf(items);
        settings = settings == null ? List.of() : List.copyOf(settings);
        if (omitted < 0) {
            throw new IllegalArgumentException("omitted must not be negative: " + omitted);
        }
    }

    /** True when it says nothing (the report then leaves the field out). */
    @JsonIgnore
    public boolean isEmpty() {
        return lookedAt.isEmpty() && items.isEmpty() && omitted == 0 && settings.isEmpty();
    }

    /** The value this run used for a key, or null when the rule does not name it. */
    public @org.jspecify.annotations.Nullable String setting(String key) {
        return settings.stream().filter(s -> s.key().equals(key)).map(SettingUsed::value).findFirst().orElse(null);
    }
}
