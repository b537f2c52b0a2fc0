package dev.psdm.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Options of one evaluation.
 *
 * @param asOf        the evaluation clock; when absent, the snapshot's {@code fetchedAt}
 * @param ruleTimeout the evaluation's time budget; when it runs out (a custom rule that loops) the
 *                    evaluation ends with a {@link RuleTimeoutException} naming the rule. Absent: no limit
 * @param evidence    whether results carry their {@link dev.psdm.report.Evidence} (issue 29; the default).
 *                    Off, rules' evidence calls keep nothing and their evidence clauses do not fire
 */
public record EvaluationOptions(Optional<Instant> asOf, Optional<Duration> ruleTimeout, boolean evidence) {

    public EvaluationOptions {
        asOf = asOf == null ? Optional.empty() : asOf;
        ruleTimeout = ruleTimeout == null ? Optional.empty() : ruleTimeout;
        if (ruleTimeout.isPresent() && (ruleTimeout.get().isNegative() || ruleTimeout.get().isZero())) {
            throw new IllegalArgumentException("ruleTimeout must be positive, not " + ruleTimeout.get());
        }
    }

    /** Options with this clock and time budget, with evidence. */
    public EvaluationOptions(Optional<Instant> asOf, Optional<Duration> ruleTimeout) {
        this(asOf, ruleTimeout, true);
    }

    /** Options with this clock and no time budget. */
    public EvaluationOptions(Optional<Instant> asOf) {
        this(asOf, Optional.empty());
    }

    /** Evaluate as of the snapshot's fetch time. */
    public static EvaluationOptions defaults() {
        return new EvaluationOptions(Optional.empty());
    }

    /** Evaluate as of the given instant (rules never read the system clock). */
    public static EvaluationOptions asOf(Instant instant) {
        return new EvaluationOptions(Optional.of(Objects.requireNonNull(instant,
                "EvaluationOptions.asOf(instant): instant is null (EvaluationOptions.defaults() evaluates as of the snapshot's fetch time)")));
    }

    /** These options with a time budget for the whole evaluation (every rule, bundled and custom). */
    public EvaluationOptions withRuleTimeout(Duration timeout) {
        return new EvaluationOptions(asOf, Optional.of(Objects.requireNonNull(timeout, "withRuleTimeout(timeout): timeout")),
                evidence);
    }

    /**
     * These options without evidence: results carry their findings and reasons only. For measuring what
     * evidence costs (psdm-bench) and for callers that read nothing but the verdict.
     */
    public EvaluationOptions withoutEvidence() {
        return new EvaluationOptions(asOf, ruleTimeout, false);
    }
}
