package dev.psdm.engine;

import dev.psdm.engine.conventions.Regexes;
import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Status;

import java.util.ArrayList;
import java.util.List;

/**
 * A team pattern that ran out of its time budget on some text (issue 22 item 7) left those texts
 * undecided: neither matched nor not. A hostile description must not fail every run, so the evaluation
 * goes on; but a pass cannot be vouched for, so PASS becomes NOT_EVALUATED naming the pattern and its
 * {@code .psdm.yml} key, and a FAIL keeps its (definite) findings with the same note beside them
 * (the rule of issue 22 item 3). Which rules a pattern feeds is not tracked, so every result gets it.
 */
final class PatternsUndecided {
    private PatternsUndecided() {
    }

    static Report apply(Report report, List<String> undecided) {
        String what = String.join("; ", undecided) + " (the pattern budget is " + Regexes.PER_MATCH_SECONDS
                + " s per text and " + Regexes.PER_EVALUATION_SECONDS + " s per evaluation: make the pattern simpler)";
        List<RuleResult> results = new ArrayList<>(report.results().size());
        for (RuleResult r : report.results()) {
            results.add(switch (r.status()) {
                case PASS -> new RuleResult(r.ruleId(), r.title(), r.severity(), Status.NOT_EVALUATED, r.source(),
                        "a pass cannot be vouched for: " + what, List.of(), r.help(), r.evidence());
                case FAIL, WAIVED -> new RuleResult(r.ruleId(), r.title(), r.severity(), r.status(), r.source(),
                        (r.reason() == null ? RuleJudgement.NOT_DECIDED : r.reason() + "; ") + what, r.findings(), r.help(),
                        r.evidence());
                case NOT_APPLICABLE, NOT_EVALUATED -> r;
            });
        }
        return report.withResults(results, List.of());
    }
}
