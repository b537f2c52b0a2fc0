package dev.psdm.rules.catalog.evidence;

import dev.psdm.engine.facts.DeliveryIteration;
import dev.psdm.model.Issue;
import dev.psdm.report.Subject;

/**
 * How the bundled rules' evidence (issue 29) names things, in one place so that a PM reads the same words
 * in every family: "#40 'Iteration 4 planning'", "Iteration 4 (2026-02-16 – 2026-03-01)", "3 days".
 */
public final class EvidenceText {
    private EvidenceText() {
    }

    /** "#40 'Iteration 4 planning'" for an issue, "'Retro notes'" for a wiki page or anything else with a title. */
    public static String name(Subject subject) {
        String title = subject.title() == null ? "" : "'" + subject.title() + "'";
        return "issue".equals(subject.type()) && subject.iid() != null ? "#" + subject.iid() + " " + title : title;
    }

    /** "#40 'Iteration 4 planning'". */
    public static String name(Issue issue) {
        return "#" + issue.iid() + " '" + issue.title() + "'";
    }

    /** "Iteration 4 (2026-02-16 – 2026-03-01)". */
    public static String period(DeliveryIteration iteration) {
        return iteration.title() + " (" + iteration.start() + " – " + iteration.due() + ")";
    }

    /** "1 day", "3 days". */
    public static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** "`thresholds.maxWeight`": a {@code .psdm.yml} key as the evidence quotes it. */
    public static String key(String path) {
        return "`" + path + "`";
    }
}
