package dev.psdm.assertj;

import dev.psdm.model.Snapshot;
import dev.psdm.engine.EvaluationOptions;
import dev.psdm.engine.PsdmEngine;
import dev.psdm.report.RuleDescriptor;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Status;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Tests one rule in isolation, in the spirit of Timefold's ConstraintVerifier: only the rule under test
 * is evaluated ({@link PsdmEngine#onlyRules}), so another rule of the engine, bundled or custom, cannot
 * make its test error out, and only the facts it matches are derived. Build it once per test class
 * (it is immutable and thread-safe) and read each case as given/then:
 * <pre>{@code
 * static final RuleVerifier WGT_001 = RuleVerifier.forRule("PSDM-WGT-001");
 *
 * WGT_001.given(SnapshotFixture.project().large().issue(i -> i.inIteration(8).unweighted()))
 *        .fails().on(issue(1));
 * }</pre>
 */
public final class RuleVerifier {
    private final String ruleId;
    /** The engine restricted to the rule under test. */
    private final PsdmEngine engine;

    private RuleVerifier(String ruleId, PsdmEngine engine) {
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        if (engine.rules().stream().noneMatch(r -> r.id().equals(ruleId))) {
            throw new IllegalArgumentException("no rule with id " + ruleId + " in the engine (rules: "
                    + engine.rules().stream().map(RuleDescriptor::id).toList() + ")");
        }
        this.engine = engine.onlyRules(List.of(ruleId));
    }

    /**
     * A verifier of a bundled rule with the handbook's default conventions. The bundled rules are in
     * {@code dev.psdm:psdm-rules}: without it on the test class path this throws an
     * {@link IllegalStateException} saying so (each time, never poisoning a class).
     */
    public static RuleVerifier forRule(String ruleId) {
        return forRule(ruleId, PsdmEngine.builder().build());
    }

    /** A verifier of a rule of the given engine (e.g. with custom rules or conventions). */
    public static RuleVerifier forRule(String ruleId, PsdmEngine engine) {
        return new RuleVerifier(ruleId, engine);
    }

    /** The same rule under other conventions. */
    public RuleVerifier withConventions(Conventions conventions) {
        // keeps the engine's custom rules without compiling them again
        return new RuleVerifier(ruleId, engine.withConventions(conventions));
    }

    /** A case on the fixture's snapshot, evaluated as of the fixture's as-of instant. */
    public Verification given(SnapshotFixture fixture) {
        return given(fixture.build());
    }

    /** A case on any snapshot (one read from a file, or made by the tooling under test), as of its fetch time. */
    public Verification given(Snapshot snapshot) {
        return new Verification(snapshot, null);
    }

    /**
     * One case: a snapshot, optionally an as-of instant, then the expected outcome. Each terminal
     * has an overload with a description that prefixes its failure message, for cases checked in a loop.
     */
    public final class Verification {
        private final Snapshot snapshot;
        private final @Nullable Instant asOf;

        private Verification(Snapshot snapshot, @Nullable Instant asOf) {
            this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
            this.asOf = asOf;
        }

        /** Evaluate at this instant instead of the snapshot's fetchedAt. */
        public Verification asOf(Instant instant) {
            return new Verification(snapshot, instant);
        }

        /** The rule passes. */
        public RuleResultAssert passes() {
            return passes(null);
        }

        /** The rule passes; {@code description} names the case in the failure message. */
        public RuleResultAssert passes(@Nullable String description) {
            return expect(Status.PASS, description);
        }

        /** The rule fails; chain {@code .on(...)} with the exact subjects. */
        public RuleResultAssert fails() {
            return fails(null);
        }

        /** The rule fails; {@code description} names the case in the failure message. */
        public RuleResultAssert fails(@Nullable String description) {
            return expect(Status.FAIL, description);
        }

        /** The rule does not apply; chain {@code .withReasonContaining(..)} to check why. */
        public RuleResultAssert isNotApplicable() {
            return isNotApplicable(null);
        }

        /** The rule does not apply; {@code description} names the case in the failure message. */
        public RuleResultAssert isNotApplicable(@Nullable String description) {
            return expect(Status.NOT_APPLICABLE, description);
        }

        /** The snapshot lacks the data the rule needs. */
        public RuleResultAssert isNotEvaluated() {
            return isNotEvaluated(null);
        }

        /** The snapshot lacks the data the rule needs; {@code description} names the case in the failure message. */
        public RuleResultAssert isNotEvaluated(@Nullable String description) {
            return expect(Status.NOT_EVALUATED, description);
        }

        /** The rule's result, for assertions the verifier does not offer; null when the conventions switch the rule off. */
        public @Nullable RuleResult result() {
            Report report = engine.evaluate(snapshot, asOf == null ? EvaluationOptions.defaults() : EvaluationOptions.asOf(asOf));
            return report.result(ruleId).orElse(null);
        }

        private RuleResultAssert expect(Status expected, @Nullable String description) {
            RuleResult result = result();
            RuleResultAssert assertion = new RuleResultAssert(result);
            if (description != null) {
                assertion.as(description);
            }
            if (result == null) {
                assertion.didNotRun("%nExpecting %s to be %s but it did not run (the conventions switch it off)",
                        ruleId, expected);
            }
            return assertion.hasStatus(expected);
        }
    }
}
