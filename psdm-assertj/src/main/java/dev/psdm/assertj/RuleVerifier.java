package dev.psdm.assertj;

import dev.psdm.model.Snapshot;
import dev.psdm.rules.EvaluationOptions;
import dev.psdm.rules.PsdmEngine;
import dev.psdm.rules.conventions.Conventions;
import dev.psdm.rules.report.Report;
import dev.psdm.rules.report.RuleResult;
import dev.psdm.rules.report.Status;

import java.time.Instant;
import java.util.Objects;

/**
 * Tests one rule in isolation, in the spirit of Timefold's ConstraintVerifier. Build it once per
 * test class (it is immutable and thread-safe) and read each case as given/then:
 * <pre>{@code
 * static final RuleVerifier WGT_001 = RuleVerifier.forRule("PSDM-WGT-001");
 *
 * WGT_001.given(SnapshotFixture.project().large().issue(i -> i.inIteration(8).unweighted()))
 *        .fails().on(issue(1));
 * }</pre>
 */
public final class RuleVerifier {
    private final String ruleId;
    private final PsdmEngine engine;

    private RuleVerifier(String ruleId, PsdmEngine engine) {
        this.ruleId = ruleId;
        this.engine = engine;
        if (engine.rules().stream().noneMatch(r -> r.id().equals(ruleId))) {
            throw new IllegalArgumentException("no rule with id " + ruleId + " in the engine");
        }
    }

    /** A verifier of a bundled rule with the handbook's default conventions. */
    public static RuleVerifier forRule(String ruleId) {
        return forRule(ruleId, PsdmEngine.builder().build());
    }

    /** A verifier of a rule of the given engine (e.g. with custom rules or conventions). */
    public static RuleVerifier forRule(String ruleId, PsdmEngine engine) {
        return new RuleVerifier(ruleId, engine);
    }

    /** The same rule under other conventions. */
    public RuleVerifier withConventions(Conventions conventions) {
        return new RuleVerifier(ruleId, PsdmEngine.builder().conventions(conventions).build());
    }

    public Verification given(SnapshotFixture fixture) {
        return given(fixture.build());
    }

    public Verification given(Snapshot snapshot) {
        return new Verification(snapshot, null);
    }

    /** One case: a snapshot, optionally an as-of instant, then the expected outcome. */
    public final class Verification {
        private final Snapshot snapshot;
        private final Instant asOf;

        private Verification(Snapshot snapshot, Instant asOf) {
            this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
            this.asOf = asOf;
        }

        /** Evaluate at this instant instead of the snapshot's fetchedAt. */
        public Verification asOf(Instant instant) {
            return new Verification(snapshot, instant);
        }

        public RuleResultAssert passes() {
            return expect(Status.PASS);
        }

        /** Chain {@code .on(...)} with the exact subjects. */
        public RuleResultAssert fails() {
            return expect(Status.FAIL);
        }

        public RuleResultAssert isNotApplicable() {
            return expect(Status.NOT_APPLICABLE);
        }

        public RuleResultAssert isNotEvaluated() {
            return expect(Status.NOT_EVALUATED);
        }

        /** The rule's result, for assertions the verifier does not offer. */
        public RuleResult result() {
            Report report = engine.evaluate(snapshot, asOf == null ? EvaluationOptions.defaults() : EvaluationOptions.asOf(asOf));
            return report.result(ruleId).orElseThrow(() -> new AssertionError(
                    ruleId + " did not run (is it disabled in the conventions?)"));
        }

        private RuleResultAssert expect(Status expected) {
            RuleResult result = result();
            if (result.status() != expected) {
                String detail = result.status() == Status.FAIL
                        ? " with findings on " + result.findings().stream().map(f -> SubjectRef.describe(f.subject())
                        + " (" + f.message() + ")").toList()
                        : result.reason() != null ? " (" + result.reason() + ")" : "";
                throw new AssertionError(String.format("%nExpecting %s to be:%n  <%s>%nbut was:%n  <%s>%s", ruleId,
                        expected, result.status(), detail));
            }
            return new RuleResultAssert(result);
        }
    }
}
