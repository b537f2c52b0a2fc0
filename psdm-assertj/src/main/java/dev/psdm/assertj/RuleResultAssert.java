package dev.psdm.assertj;

import dev.psdm.report.Finding;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Severity;
import dev.psdm.report.Status;
import org.assertj.core.api.AbstractObjectAssert;

import java.util.ArrayList;
import java.util.List;

/** Assertions on one rule's result: which subjects it failed on, with which severity and message. */
public class RuleResultAssert extends AbstractObjectAssert<RuleResultAssert, RuleResult> {

    public RuleResultAssert(RuleResult actual) {
        super(actual, RuleResultAssert.class);
    }

    /** The rule ended in this status; the failure message shows the findings or the reason it got instead. */
    public RuleResultAssert hasStatus(Status expected) {
        isNotNull();
        if (actual.status() != expected) {
            failWithMessage("%nExpecting %s to be:%n  <%s>%nbut was:%n  <%s>%s", actual.ruleId(), expected,
                    actual.status(), outcome());
        }
        return myself;
    }

    /** The rule failed on exactly these subjects, no more, no fewer. */
    public RuleResultAssert on(SubjectRef... expected) {
        isNotNull();
        List<String> missing = new ArrayList<>();
        for (SubjectRef ref : expected) {
            if (actual.findings().stream().noneMatch(f -> ref.matches(f.subject()))) {
                missing.add(ref.toString());
            }
        }
        List<String> unexpected = new ArrayList<>();
        for (Finding f : actual.findings()) {
            boolean named = false;
            for (SubjectRef ref : expected) {
                named |= ref.matches(f.subject());
            }
            if (!named) {
                unexpected.add(SubjectRef.describe(f.subject()));
            }
        }
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            failWithMessage("%nExpecting %s to fail on:%n  %s%nbut it failed on:%n  %s%n(missing: %s, unexpected: %s)",
                    actual.ruleId(), List.of(expected), actualSubjects(), missing, unexpected);
        }
        return myself;
    }

    /** The rule's result severity (the highest among its findings when it fails). */
    public RuleResultAssert withSeverity(Severity expected) {
        isNotNull();
        if (actual.severity() != expected) {
            failWithMessage("%nExpecting %s to have severity:%n  <%s>%nbut was:%n  <%s>", actual.ruleId(), expected,
                    actual.severity());
        }
        return myself;
    }

    /** The finding on this subject has this severity. */
    public RuleResultAssert withSeverityOn(SubjectRef subject, Severity expected) {
        Finding finding = findingOn(subject);
        if (finding.severity() != expected) {
            failWithMessage("%nExpecting the %s finding on %s to have severity:%n  <%s>%nbut was:%n  <%s>",
                    actual.ruleId(), subject, expected, finding.severity());
        }
        return myself;
    }

    /** The finding on this subject says something containing this text. */
    public RuleResultAssert withMessageOn(SubjectRef subject, String expectedPart) {
        Finding finding = findingOn(subject);
        if (!finding.message().contains(expectedPart)) {
            failWithMessage("%nExpecting the %s message on %s to contain:%n  <%s>%nbut was:%n  <%s>", actual.ruleId(),
                    subject, expectedPart, finding.message());
        }
        return myself;
    }

    /** The NOT_APPLICABLE or NOT_EVALUATED reason (or a FAIL's "not decided: ..." note) contains this text. */
    public RuleResultAssert withReasonContaining(String expectedPart) {
        isNotNull();
        if (actual.reason() == null || !actual.reason().contains(expectedPart)) {
            failWithMessage("%nExpecting the reason of %s to contain:%n  <%s>%nbut was:%n  <%s>", actual.ruleId(),
                    expectedPart, actual.reason());
        }
        return myself;
    }

    private Finding findingOn(SubjectRef subject) {
        isNotNull();
        return actual.findings().stream().filter(f -> subject.matches(f.subject())).findFirst()
                .orElseThrow(() -> new AssertionError(String.format(
                        "%nExpecting %s to have a finding on %s but its findings are on:%n  %s", actual.ruleId(),
                        subject, actualSubjects())));
    }

    /** What the rule found instead: its findings when it failed, else its reason. */
    private String outcome() {
        if (actual.status() == Status.FAIL) {
            return String.format("%nwith findings on:%n  %s", actual.findings().stream()
                    .map(f -> SubjectRef.describe(f.subject()) + ": " + f.message()).toList());
        }
        return actual.reason() != null ? " (" + actual.reason() + ")" : "";
    }

    private List<String> actualSubjects() {
        return actual.findings().stream().map(f -> SubjectRef.describe(f.subject())).toList();
    }
}
