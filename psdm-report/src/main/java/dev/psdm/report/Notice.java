package dev.psdm.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something about the check itself that the team should act on, though no rule failed for it:
 * a waiver that expired or matches nothing, a baselined finding that is fixed.
 *
 * @param kind    what happened
 * @param ruleId  the rule concerned
 * @param subject the subject concerned, in the shape findings have ({@link Subject#fromKey}: its key, and the
 *                parts the key is made of), or null for every subject of the rule
 * @param message one line for people
 */
@JsonPropertyOrder({"kind", "ruleId", "subject", "message"})
public record Notice(Kind kind, String ruleId, @Nullable Subject subject, String message) {

    /** Deterministic order: by kind, rule, subject. */
    public static final Comparator<Notice> ORDER = Comparator.comparing(Notice::kind)
            .thenComparing(Notice::ruleId)
            .thenComparing(Notice::subjectKey, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Notice::message);

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(message, "message");
    }

    /** A notice about the subject with this key ({@code issue#42}), or about every subject of the rule (null). */
    public static Notice about(Kind kind, String ruleId, @Nullable String subjectKey, @Nullable String title,
                               String message) {
        return new Notice(kind, ruleId, subjectKey == null ? null : Subject.fromKey(subjectKey, title), message);
    }

    /** The subject's key ({@code issue#42}), or null for every subject of the rule. */
    public @Nullable String subjectKey() {
        return subject == null ? null : subject.key();
    }

    /** The kinds of notice. */
    public enum Kind {
        /** A waiver's {@code expires} date has passed: the findings it covered count again. */
        WAIVER_EXPIRED,
        /** A waiver matched no finding: the deviation is gone (remove the waiver) or the waiver has a typo. */
        WAIVER_UNUSED,
        /** A finding recorded in the baseline no longer occurs: fixed (refresh the baseline to lock it in). */
        BASELINE_FIXED
    }
}
