package dev.psdm.assertj;

import dev.psdm.report.BaselineState;
import dev.psdm.report.EvidenceItem;
import dev.psdm.report.Finding;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Severity;
import dev.psdm.report.Status;
import org.assertj.core.api.AbstractObjectAssert;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Assertions on one rule's result: its status, the subjects it failed on, with which severity and message.
 * Extend it the AssertJ way ({@code SELF} is your subclass) to add a team's own assertions; every failure
 * goes through {@link #failWithMessage}, so {@code as(..)} descriptions and soft assertions apply.
 *
 * @param <SELF> the concrete assert class, returned by every assertion for chaining
 */
public abstract class AbstractRuleResultAssert<SELF extends AbstractRuleResultAssert<SELF>>
        extends AbstractObjectAssert<SELF, RuleResult> {
    /**
     * Set when the report had no result for the rule: the report's assertion reported that once, so the
     * assertions chained after it (in a soft-assertion run, where it did not throw) stay silent.
     */
    private boolean absent;

    protected AbstractRuleResultAssert(@Nullable RuleResult actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /** The rule ended in this status; the failure message shows the findings or the reason it got instead. */
    public SELF hasStatus(Status expected) {
        if (skip()) {
            return myself;
        }
        if (actual.status() != expected) {
            failWithMessage("%nExpecting %s to be:%n  <%s>%nbut was:%n  <%s>%s", actual.ruleId(), expected,
                    actual.status(), outcome());
        }
        return myself;
    }

    /** The rule failed on exactly these subjects, no more, no fewer (Timefold's {@code justifiesWithExactly}). */
    public SELF on(SubjectRef... expected) {
        return subjects(true, expected);
    }

    /**
     * The rule failed on at least these subjects, maybe on others too (Timefold's {@code justifiesWith}):
     * for a rule on a large snapshot where the test cares about some subjects only.
     */
    public SELF onAtLeast(SubjectRef... expected) {
        return subjects(false, expected);
    }

    /** The rule reported exactly this many findings (Timefold's {@code penalizes(times)}). */
    public SELF hasFindings(int expected) {
        if (skip()) {
            return myself;
        }
        if (actual.findings().size() != expected) {
            failWithMessage("%nExpecting %s to have %d finding%s but it has %d:%n  %s", actual.ruleId(), expected,
                    expected == 1 ? "" : "s", actual.findings().size(), actualSubjects());
        }
        return myself;
    }

    /** The rule's result severity (the highest among its findings when it fails). */
    public SELF withSeverity(Severity expected) {
        if (skip()) {
            return myself;
        }
        if (actual.severity() != expected) {
            failWithMessage("%nExpecting %s to have severity:%n  <%s>%nbut was:%n  <%s>", actual.ruleId(), expected,
                    actual.severity());
        }
        return myself;
    }

    /** The finding on this subject has this severity. */
    public SELF withSeverityOn(SubjectRef subject, Severity expected) {
        return expectOn(subject, "finding", "have severity", expected, Finding::severity, s -> s == expected);
    }

    /** The finding on this subject says exactly this (AssertJ's {@code hasMessage}: equality). */
    public SELF withMessageOn(SubjectRef subject, String expected) {
        return expectOn(subject, "message", "be", expected, Finding::message, m -> m.equals(expected));
    }

    /** The finding on this subject says something containing this text (AssertJ's {@code hasMessageContaining}). */
    public SELF withMessageContainingOn(SubjectRef subject, String expectedPart) {
        return expectOn(subject, "message", "contain", expectedPart, Finding::message, m -> m.contains(expectedPart));
    }

    /**
     * One property of the finding on {@code subject} (none there: {@link #findingOn} has failed already) meets
     * {@code test}; else "Expecting the RULE {@code what} on SUBJECT to {@code verb}: expected but was: actual".
     */
    private <T> SELF expectOn(SubjectRef subject, String what, String verb, Object expected, Function<Finding, T> property,
                              Predicate<T> test) {
        Finding finding = findingOn(subject);
        if (finding != null && !test.test(property.apply(finding))) {
            failWithMessage("%nExpecting the %s " + what + " on %s to " + verb + ":%n  <%s>%nbut was:%n  <%s>",
                    actual.ruleId(), subject, expected, property.apply(finding));
        }
        return myself;
    }

    /** The NOT_APPLICABLE or NOT_EVALUATED reason (or a FAIL's "not decided: ..." note) contains this text. */
    public SELF withReasonContaining(String expectedPart) {
        if (skip()) {
            return myself;
        }
        if (actual.reason() == null || !actual.reason().contains(expectedPart)) {
            failWithMessage("%nExpecting the reason of %s to contain:%n  <%s>%nbut was:%n  <%s>", actual.ruleId(),
                    expectedPart, actual.reason());
        }
        return myself;
    }

    /**
     * The result's own evidence (what satisfied the rule, the size, the data gap; issue 29) holds an item of
     * this kind whose text contains this part.
     */
    public SELF hasEvidence(EvidenceItem.Kind kind, String textPart) {
        if (skip()) {
            return myself;
        }
        List<EvidenceItem> items = actual.evidence() == null ? List.of() : actual.evidence().items();
        if (items.stream().noneMatch(i -> i.kind() == kind && i.text().contains(textPart))) {
            failWithMessage("%nExpecting the evidence of %s to hold a %s item containing:%n  <%s>%nbut it holds:%n  %s",
                    actual.ruleId(), kind, textPart, describe(items));
        }
        return myself;
    }

    /** The finding on this subject carries an evidence item of this kind (a near miss, say) containing this part. */
    public SELF hasEvidenceOn(SubjectRef subject, EvidenceItem.Kind kind, String textPart) {
        Finding finding = findingOn(subject);
        if (finding != null && finding.evidenceOrNone().stream().noneMatch(i -> i.kind() == kind && i.text().contains(textPart))) {
            failWithMessage("%nExpecting the %s finding on %s to carry a %s item containing:%n  <%s>%nbut it carries:%n  %s",
                    actual.ruleId(), subject, kind, textPart, describe(finding.evidenceOrNone()));
        }
        return myself;
    }

    /** The evidence says the rule looked at something described with this part ("planning records"). */
    public SELF lookedAtContaining(String part) {
        if (skip()) {
            return myself;
        }
        List<String> lines = actual.evidence() == null ? List.of() : actual.evidence().lookedAt();
        if (lines.stream().noneMatch(l -> l.contains(part))) {
            failWithMessage("%nExpecting %s to have looked at something containing:%n  <%s>%nbut it looked at:%n  %s",
                    actual.ruleId(), part, lines);
        }
        return myself;
    }

    /** The evidence names this {@code .psdm.yml} key with the value the run used. */
    public SELF usedSetting(String key, String value) {
        if (skip()) {
            return myself;
        }
        String used = actual.evidence() == null ? null : actual.evidence().setting(key);
        if (!value.equals(used)) {
            failWithMessage("%nExpecting %s to have used %s:%n  <%s>%nbut it used:%n  <%s>", actual.ruleId(), key, value,
                    actual.evidence() == null ? "no settings (no evidence)" : actual.evidence().settings());
        }
        return myself;
    }

    private static List<String> describe(List<EvidenceItem> items) {
        return items.stream().map(i -> i.kind() + ": " + i.text()).toList();
    }

    /**
     * The finding on this subject is waived by the conventions' waivers: shown, but it never fails the gate.
     * The rule's status is WAIVED when all its findings are, FAIL when only some are.
     */
    public SELF isWaivedOn(SubjectRef subject) {
        Finding finding = findingOn(subject);
        if (finding != null && finding.waiver() == null) {
            failWithMessage("%nExpecting the %s finding on %s to be waived but no waiver covers it%s", actual.ruleId(),
                    subject, baselineNote(finding));
        }
        return myself;
    }

    /**
     * The finding on this subject is recorded in the baseline the check ran against (UNCHANGED): a known
     * deviation, shown, but not counted by the gate. The rule's status stays FAIL.
     */
    public SELF isBaselinedOn(SubjectRef subject) {
        Finding finding = findingOn(subject);
        if (finding != null && finding.baseline() != BaselineState.UNCHANGED) {
            failWithMessage("%nExpecting the %s finding on %s to be baselined but it is %s", actual.ruleId(), subject,
                    finding.baseline() == null ? "not compared with a baseline (the check ran without one)"
                            : "NEW (not in the baseline)");
        }
        return myself;
    }

    /** Marks the result as missing from the report (already reported), so chained assertions stay silent. */
    SELF absent() {
        this.absent = true;
        return myself;
    }

    /** Fails with this message (through {@link #failWithMessage}, so the description applies): the rule has no result. */
    SELF didNotRun(String message, Object... arguments) {
        absent = true;
        failWithMessage(message, arguments);
        return myself;
    }

    /** True when there is nothing to check: the result is missing (reported once already). Fails on a null result otherwise. */
    protected boolean skip() {
        if (absent) {
            return true;
        }
        isNotNull();
        return false;
    }

    /** The finding on this subject, or null after reporting (once) that there is none. */
    protected @Nullable Finding findingOn(SubjectRef subject) {
        if (skip()) {
            return null;
        }
        Finding found = actual.findings().stream().filter(f -> subject.matches(f.subject())).findFirst().orElse(null);
        if (found == null) {
            failWithMessage("%nExpecting %s to have a finding on %s but %s", actual.ruleId(), subject,
                    actual.findings().isEmpty() ? "it has none (it is " + actual.status() + ")"
                            : String.format("its findings are on:%n  %s", actualSubjects()));
        }
        return found;
    }

    private SELF subjects(boolean exactly, SubjectRef... expected) {
        if (skip()) {
            return myself;
        }
        List<String> missing = new ArrayList<>();
        for (SubjectRef ref : expected) {
            if (actual.findings().stream().noneMatch(f -> ref.matches(f.subject()))) {
                missing.add(ref.toString());
            }
        }
        List<String> unexpected = new ArrayList<>();
        if (exactly) {
            for (Finding f : actual.findings()) {
                if (java.util.Arrays.stream(expected).noneMatch(ref -> ref.matches(f.subject()))) {
                    unexpected.add(SubjectRef.describe(f.subject()));
                }
            }
        }
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            failWithMessage("%nExpecting %s to fail on%s:%n  %s%nbut it failed on:%n  %s%n%s", actual.ruleId(),
                    exactly ? "" : " at least", List.of(expected), actualSubjects(), Diff.describe(missing, unexpected));
        }
        return myself;
    }

    /** What the rule found instead: its findings when it failed, else its reason. */
    private String outcome() {
        if (!actual.findings().isEmpty()) {
            return String.format("%nwith findings on:%n  %s", actual.findings().stream()
                    .map(f -> SubjectRef.describe(f.subject()) + ": " + f.message()).toList());
        }
        return actual.reason() != null ? " (" + actual.reason() + ")" : "";
    }

    private static String baselineNote(Finding finding) {
        return finding.baseline() == BaselineState.UNCHANGED ? " (it is baselined, which is not waived)" : "";
    }

    List<String> actualSubjects() {
        return actual.findings().stream().map(f -> SubjectRef.describe(f.subject())).toList();
    }
}
