package dev.psdm.engine;

import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.internal.DerivedFacts;
import dev.psdm.model.DataGap;
import dev.psdm.model.Snapshot;
import dev.psdm.report.Finding;
import dev.psdm.report.RuleDescriptor;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Severity;
import dev.psdm.report.Status;

import java.util.ArrayList;
import java.util.List;

/**
 * Each rule's result under one engine's conventions: decided up front when the data is missing or the
 * project's size puts the rule out of scope, else judged from what the rule reported when it fired.
 */
final class RuleJudgement {
    /** Opens the reason of a FAIL that also has subjects it could not decide. */
    static final String NOT_DECIDED = "not decided: ";

    private final Conventions conventions;

    RuleJudgement(Conventions conventions) {
        this.conventions = conventions;
    }

    /** NOT_APPLICABLE by size, or NOT_EVALUATED for a data gap, decided without firing the rule. */
    RuleResult preset(RuleDescriptor rule, Snapshot snapshot, DerivedFacts derived) {
        // Gaps first: without the data the size itself may be wrong, so "not applicable" could be too.
        for (String required : rule.requires()) {
            String resource = planResource(required);
            var gap = snapshot.gap(resource);
            if (gap.isPresent()) {
                return result(rule, Status.NOT_EVALUATED, severityOf(rule), (gap.get().isReadFailure()
                        ? "the check failed to read " : "the snapshot lacks ") + resource + ": " + gap.get().reason(), List.of());
            }
        }
        var size = derived.context().size();
        if (!rule.appliesTo().appliesTo(size.sizeClass())) {
            return result(rule, Status.NOT_APPLICABLE, severityOf(rule),
                    "applies to " + rule.appliesTo() + " projects; this one is " + size.sizeClass(), List.of());
        }
        return null;
    }

    /**
     * {@code @requires("iterations")} means the team's iterations: GitLab milestones when it tracks
     * iterations as milestones (the agile-to-GitLab mapping allows it; iterations need GitLab Premium).
     */
    String planResource(String required) {
        return DataGap.ITERATIONS.equals(required) && conventions.iterationsAsMilestones() ? DataGap.MILESTONES : required;
    }

    /**
     * Definite failures make a FAIL, with what the rule could not decide as its reason ("not decided: ...");
     * NOT_EVALUATED only when nothing definite fails (issue 22 item 3: one RAID item updated after the
     * as-of instant hid another that was certainly stale).
     */
    RuleResult of(RuleDescriptor rule, Findings findings) {
        String notEvaluated = findings.notEvaluatedReason(rule.id());
        String notApplicable = findings.notApplicableReason(rule.id());
        List<Findings.Reported> raw = findings.failuresOf(rule.id());
        // a rule that says it does not apply is believed (as before); otherwise a definite failure wins
        if (notEvaluated != null && (raw.isEmpty() || notApplicable != null)) {
            return result(rule, Status.NOT_EVALUATED, severityOf(rule), notEvaluated, List.of());
        }
        if (notApplicable != null) {
            return result(rule, Status.NOT_APPLICABLE, severityOf(rule), notApplicable, List.of());
        }
        if (raw.isEmpty()) {
            return result(rule, Status.PASS, severityOf(rule), null, List.of());
        }
        Severity override = conventions.override(rule.id()).map(Conventions.RuleOverride::severity).orElse(null);
        List<Finding> failures = new ArrayList<>(raw.size());
        Severity highest = Severity.INFO;
        for (Findings.Reported f : raw) {
            Severity s = override != null ? override : f.severity() != null ? f.severity() : rule.severity();
            failures.add(new Finding(s, f.message(), f.subject()));
            highest = s.isAtLeast(highest) ? s : highest;
        }
        failures.sort(Finding.ORDER);
        return result(rule, Status.FAIL, highest, notEvaluated == null ? null : NOT_DECIDED + notEvaluated,
                dedupe(failures));
    }

    private static List<Finding> dedupe(List<Finding> sorted) {
        List<Finding> out = new ArrayList<>(sorted.size());
        for (Finding f : sorted) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(f)) {
                out.add(f);
            }
        }
        return out;
    }

    private Severity severityOf(RuleDescriptor rule) {
        return conventions.override(rule.id()).map(Conventions.RuleOverride::severity).orElse(rule.severity());
    }

    private static RuleResult result(RuleDescriptor rule, Status status, Severity severity, String reason,
                                     List<Finding> findings) {
        return new RuleResult(rule.id(), rule.title(), severity, status, rule.source(), reason, findings,
                rule.doc().help());
    }
}
