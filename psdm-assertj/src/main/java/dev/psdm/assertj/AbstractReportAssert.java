package dev.psdm.assertj;

import dev.psdm.report.FailOn;
import dev.psdm.report.Gate;
import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Severity;
import dev.psdm.report.SizeClass;
import dev.psdm.report.Status;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.SoftAssertionsProvider;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Assertions on a {@link Report}. Two kinds, and each method says which it is:
 * <ul>
 *   <li><b>status</b> assertions read each rule's {@link Status} as the report shows it: {@link #hasFailed},
 *       {@link #hasPassed}, {@link #hasFailuresExactly}. A rule whose findings are all baselined still has
 *       status FAIL; one whose findings are all waived has status WAIVED.</li>
 *   <li><b>gate</b> assertions judge the report as {@code psdm check --fail-on} does: only findings that
 *       count (neither waived nor baselined) fail it: {@link #hasNoFailures}, {@link #hasNoFailuresAtOrAbove},
 *       {@link #passesGate}. A fully baselined report has no failures.</li>
 * </ul>
 * Extend it the AssertJ way ({@code SELF} is your subclass) to add a team's own assertions.
 *
 * @param <SELF> the concrete assert class, returned by every assertion for chaining
 */
public abstract class AbstractReportAssert<SELF extends AbstractReportAssert<SELF>>
        extends AbstractObjectAssert<SELF, Report> {
    private @Nullable SoftAssertionsProvider softly;

    protected AbstractReportAssert(@Nullable Report actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /** Status: the rule failed (status FAIL, baselined findings included); chain {@code .on(...)} with the subjects. */
    public RuleResultAssert hasFailed(String ruleId) {
        return resultWithStatus(ruleId, Status.FAIL);
    }

    /** Status: each of these rules passed. */
    public SELF hasPassed(String... ruleIds) {
        for (String id : ruleIds) {
            resultWithStatus(id, Status.PASS);
        }
        return myself;
    }

    /** Status: the rule does not apply to this project; chain {@code .withReasonContaining(..)} to check why. */
    public RuleResultAssert isNotApplicable(String ruleId) {
        return resultWithStatus(ruleId, Status.NOT_APPLICABLE);
    }

    /** Status: the snapshot lacked the data the rule needs. */
    public RuleResultAssert isNotEvaluated(String ruleId) {
        return resultWithStatus(ruleId, Status.NOT_EVALUATED);
    }

    /** The result of a rule whatever its status, for assertions on its findings. */
    public RuleResultAssert result(String ruleId) {
        return resultWithStatus(ruleId, null);
    }

    /**
     * Status: the rules with status FAIL are exactly these (baselined ones included, waived ones not: their
     * status is WAIVED). The message names the missing and the unexpected ones.
     */
    public SELF hasFailuresExactly(String... ruleIds) {
        isNotNull();
        List<String> failed = actual.failures().stream().map(RuleResult::ruleId).sorted().toList();
        List<String> expected = Arrays.stream(ruleIds).sorted().toList();
        if (!failed.equals(expected)) {
            List<String> missing = new ArrayList<>(expected);
            missing.removeAll(failed);
            List<String> unexpected = new ArrayList<>(failed);
            unexpected.removeAll(expected);
            failWithMessage("%nExpecting the failing rules to be:%n  %s%nbut were:%n  %s%n%s", expected, failed,
                    Diff.describe(missing, unexpected));
        }
        return myself;
    }

    /**
     * Gate: no rule fails with a finding that counts, at any severity: what {@code --fail-on info} passes.
     * Waived and baselined findings do not count, so a fully baselined report has no failures;
     * {@link #hasFailed} still sees its rules FAIL.
     */
    public SELF hasNoFailures() {
        return hasNoFailuresAtOrAbove(Severity.INFO);
    }

    /**
     * Gate: no rule fails with a counting finding (neither waived nor baselined) at or above this severity,
     * as {@link Report#hasFailureAtOrAbove} decides. Read failures are not looked at: see {@link #passesGate}.
     */
    public SELF hasNoFailuresAtOrAbove(Severity threshold) {
        isNotNull();
        List<String> failing = new ArrayList<>();
        for (RuleResult r : actual.results()) {
            if (r.failsAtOrAbove(threshold)) {
                failing.add(r.ruleId() + " (" + Gate.countingSeverity(r) + ")");
            }
        }
        if (!failing.isEmpty()) {
            failWithMessage("%nExpecting no rule to fail at or above %s but %d did:%n  %s%s", threshold, failing.size(),
                    failing, notCounted());
        }
        return myself;
    }

    /**
     * Gate: {@code psdm check --fail-on <failOn>} would exit 0: nothing counting fails at or above the
     * threshold and no data failed to read (an incomplete report never passes; {@code --allow-incomplete}
     * is the CLI's own choice).
     */
    public SELF passesGate(FailOn failOn) {
        isNotNull();
        Gate gate = actual.gatedAt(failOn).gate();
        if (gate.verdict() != Gate.Verdict.PASSED) {
            List<String> failing = actual.results().stream()
                    .filter(r -> failOn.threshold() != null && r.failsAtOrAbove(failOn.threshold()))
                    .map(r -> r.ruleId() + " (" + Gate.countingSeverity(r) + ")").toList();
            failWithMessage("%nExpecting the gate --fail-on %s to pass but it is %s (exit %d):%n  failing: %s%n  read failures: %s",
                    failOn.cliName(), gate.verdict(), gate.exitCode(), failing,
                    actual.readFailures().stream().map(f -> f.resource() + ": " + f.reason()).toList());
        }
        return myself;
    }

    /** The finding of this rule on this subject is waived (see {@link AbstractRuleResultAssert#isWaivedOn}). */
    public SELF isWaived(String ruleId, SubjectRef subject) {
        result(ruleId).isWaivedOn(subject);
        return myself;
    }

    /** The finding of this rule on this subject is in the baseline (see {@link AbstractRuleResultAssert#isBaselinedOn}). */
    public SELF isBaselined(String ruleId, SubjectRef subject) {
        result(ruleId).isBaselinedOn(subject);
        return myself;
    }

    /** The project's size class; the message shows the reason for the actual one. */
    public SELF hasSize(SizeClass expected) {
        isNotNull();
        if (actual.size().sizeClass() != expected) {
            failWithMessage("%nExpecting the project to be:%n  <%s>%nbut was:%n  <%s> (%s)", expected,
                    actual.size().sizeClass(), actual.size().reason());
        }
        return myself;
    }

    /**
     * Soft assertions: the rule-result assertions this one hands out ({@link #hasFailed} and the like) become
     * soft proxies of the same collector, so a failure chained after them is collected, not thrown.
     * {@link PsdmSoftAssertions} calls it; a team's own soft-assertion class calls it on the proxies it makes.
     */
    public SELF collectingErrorsInto(@Nullable SoftAssertionsProvider collector) {
        this.softly = collector;
        return myself;
    }

    /**
     * The assert for one rule's result: a soft proxy under soft assertions. Override to hand out a team's
     * own subclass of {@link RuleResultAssert}.
     */
    protected RuleResultAssert newRuleResultAssert(@Nullable RuleResult result) {
        return softly == null ? new RuleResultAssert(result)
                : softly.proxy(RuleResultAssert.class, RuleResult.class, result);
    }

    /** The result of the rule, asserted to be in this status (any when null); the {@code as(..)} description carries over. */
    private RuleResultAssert resultWithStatus(String ruleId, @Nullable Status expected) {
        isNotNull();
        RuleResult result = actual.result(ruleId).orElse(null);
        RuleResultAssert assertion = newRuleResultAssert(result);
        assertion.as(info.description());
        if (result == null) {
            assertion.absent();
            // nested in a soft proxy's call, a failure is collected here and the chain goes on silently
            collect(() -> failWithMessage("%nExpecting %s to be %s but the report has no result for it (rules: %s)",
                    ruleId, expected == null ? "in the report" : expected,
                    actual.results().stream().map(RuleResult::ruleId).toList()));
        } else if (expected != null) {
            collect(() -> assertion.hasStatus(expected));
        }
        return assertion;
    }

    /**
     * Runs an assertion made inside another one: thrown at once, or collected under soft assertions (AssertJ's
     * proxy rethrows a nested failure, and would answer the outer call with null where it returns another assert).
     */
    private void collect(Runnable assertion) {
        try {
            assertion.run();
        } catch (AssertionError e) {
            if (softly == null) {
                throw e;
            }
            softly.collectAssertionError(e);
        }
    }

    private String notCounted() {
        long waivedOrBaselined = actual.results().stream().filter(r -> r.status() == Status.WAIVED
                || r.failed() && Gate.countingSeverity(r) == null).count();
        return waivedOrBaselined == 0 ? "" : String.format("%n(not counted: %d rule%s whose findings are all waived "
                + "or baselined)", waivedOrBaselined, waivedOrBaselined == 1 ? "" : "s");
    }
}
