package dev.psdm.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * Something the snapshot could not read, and why. Rules that need that data report NOT_EVALUATED
 * rather than passing for lack of data.
 *
 * <p>Two causes are kept apart because they mean different things for a CI gate: data that is
 * {@linkplain Cause#UNAVAILABLE absent by design} (the tier has no such feature, the token may not see
 * it, the feature is switched off) is a property of the project, so the run is complete and the rules
 * that need it are NOT_EVALUATED; data that {@linkplain Cause#READ_FAILED failed to read} (an
 * undecodable answer, a 404 half-way through a list, a deadline) says nothing about the project, so
 * the run is incomplete and must never make a green job.
 *
 * @param resource what is missing: one of the {@code RESOURCE_*} names
 * @param reason   for people, e.g. "403 Forbidden: epics need GitLab Premium"
 * @param cause    absent by design, or an error while reading
 */
public record DataGap(String resource, String reason,
                      @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Cause.Unavailable.class) Cause cause) {
    public static final String ISSUES = "issues";
    public static final String ITERATIONS = "iterations";
    public static final String MILESTONES = "milestones";
    public static final String LABELS = "labels";
    public static final String EPICS = "epics";
    public static final String BOARDS = "boards";
    public static final String WIKI = "wiki";
    /**
     * The issues were read, but GitLab sent no {@code weight} key on any of them: the instance has no
     * weights (GitLab Free). Not the same as {@code "weight": null}, which is an unweighted issue.
     */
    public static final String WEIGHTS = "weights";

    /** Why the data is missing. */
    public enum Cause {
        /** Absent by design: tier, permission, feature switched off. The run stays complete. */
        UNAVAILABLE("unavailable"),
        /** An error while reading: the run is incomplete, whatever the rules say. */
        READ_FAILED("readFailed");

        private final String json;

        Cause(String json) {
            this.json = json;
        }

        @JsonValue
        public String json() {
            return json;
        }

        /**
         * Jackson's value filter that leaves {@code UNAVAILABLE} out of the JSON: only a read failure is
         * written, so snapshots written before causes existed stay byte-identical.
         */
        static final class Unavailable {
            @Override
            public boolean equals(Object value) {
                return value == UNAVAILABLE;
            }

            @Override
            public int hashCode() {
                return 0;
            }
        }

        @JsonCreator
        public static Cause fromJson(String value) {
            for (Cause cause : values()) {
                if (cause.json.equals(value)) {
                    return cause;
                }
            }
            throw new IllegalArgumentException("unknown gap cause '" + value + "' (unavailable or readFailed)");
        }
    }

    public DataGap {
        Lists.required(resource, "resource");
        Lists.required(reason, "reason");
        Lists.required(cause, "cause");
    }

    /** A gap absent by design ({@link Cause#UNAVAILABLE}). */
    public DataGap(String resource, String reason) {
        this(resource, reason, Cause.UNAVAILABLE);
    }

    /** A gap made by an error while reading ({@link Cause#READ_FAILED}): the run is incomplete. */
    public static DataGap readFailed(String resource, String reason) {
        return new DataGap(resource, reason, Cause.READ_FAILED);
    }

    @JsonCreator
    static DataGap fromJson(@JsonProperty("resource") String resource, @JsonProperty("reason") String reason,
                            @JsonProperty("cause") @Nullable Cause cause) {
        return new DataGap(resource, reason, cause == null ? Cause.UNAVAILABLE : cause);
    }

    /** True when the data failed to read (the run is incomplete), not absent by design. */
    public boolean isReadFailure() {
        return cause == Cause.READ_FAILED;
    }

}
