package dev.psdm.assertj;

import dev.psdm.report.SizeClass;
import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Status;
import org.assertj.core.api.AbstractObjectAssert;

import java.util.List;

/**
 * Assertions on a {@link Report}:
 * <pre>{@code
 * assertThat(report).hasFailed("PSDM-RAID-002").on(issue(12), issue(40));
 * assertThat(report).hasPassed("PSDM-IT0-001").isNotApplicable("PSDM-CER-001");
 * }</pre>
 */
public class ReportAssert extends AbstractObjectAssert<ReportAssert, Report> {

    public ReportAssert(Report actual) {
        super(actual, ReportAssert.class);
    }

    /** The rule failed; chain {@code .on(...)} to name the exact subjects. */
    public RuleResultAssert hasFailed(String ruleId) {
        return resultWithStatus(ruleId, Status.FAIL);
    }

    /** Each of these rules passed. */
    public ReportAssert hasPassed(String... ruleIds) {
        for (String id : ruleIds) {
            resultWithStatus(id, Status.PASS);
        }
        return myself;
    }

    /** The rule does not apply to this project; chain {@code .withReasonContaining(..)} to check why. */
    public RuleResultAssert isNotApplicable(String ruleId) {
        return resultWithStatus(ruleId, Status.NOT_APPLICABLE);
    }

    /** The snapshot lacked the data the rule needs. */
    public RuleResultAssert isNotEvaluated(String ruleId) {
        return resultWithStatus(ruleId, Status.NOT_EVALUATED);
    }

    /** No rule failed. */
    public ReportAssert hasNoFailures() {
        isNotNull();
        List<String> failed = actual.failures().stream().map(RuleResult::ruleId).toList();
        if (!failed.isEmpty()) {
            failWithMessage("%nExpecting no failing rule but these failed:%n  %s", failed);
        }
        return myself;
    }

    /** The failing rules are exactly these. */
    public ReportAssert hasFailuresExactly(String... ruleIds) {
        isNotNull();
        List<String> failed = actual.failures().stream().map(RuleResult::ruleId).sorted().toList();
        List<String> expected = java.util.Arrays.stream(ruleIds).sorted().toList();
        if (!failed.equals(expected)) {
            failWithMessage("%nExpecting the failing rules to be:%n  %s%nbut were:%n  %s", expected, failed);
        }
        return myself;
    }

    public ReportAssert hasSize(SizeClass expected) {
        isNotNull();
        if (actual.size().sizeClass() != expected) {
            failWithMessage("%nExpecting the project to be:%n  <%s>%nbut was:%n  <%s> (%s)", expected,
                    actual.size().sizeClass(), actual.size().reason());
        }
        return myself;
    }

    /** The result of the rule, asserted to be in this status; the description given with {@code as(..)} carries over. */
    private RuleResultAssert resultWithStatus(String ruleId, Status expected) {
        isNotNull();
        RuleResult result = actual.result(ruleId).orElse(null);
        if (result == null) {
            failWithMessage("%nExpecting %s to be %s but the report has no result for it (rules: %s)", ruleId, expected,
                    actual.results().stream().map(RuleResult::ruleId).toList());
        }
        return new RuleResultAssert(result).as(info.description()).hasStatus(expected);
    }
}
