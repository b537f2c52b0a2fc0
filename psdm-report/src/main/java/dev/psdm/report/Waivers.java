package dev.psdm.report;

import dev.psdm.report.Waiver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Applies the waivers of {@code .psdm.yml} to a report after the rules ran. The rules never see
 * waivers: a waived deviation is still found, then shown as WAIVED with its reason instead of
 * failing the build.
 *
 * <ul>
 *   <li>A waiver matches the findings of its rule whose subject key equals its {@code subject}
 *       ({@code issue#42}, {@code iteration:10104}; {@code #42} is short for {@code issue#42}), or
 *       every finding of the rule when it has no subject. The most specific waiver gives the reason.</li>
 *   <li>A rule whose findings are all waived becomes {@link Status#WAIVED}; one with some waived stays
 *       {@link Status#FAIL}, its severity the highest of its unwaived findings.</li>
 *   <li>A waiver whose {@code expires} date is before the as-of date is not applied and is reported
 *       ({@link Notice.Kind#WAIVER_EXPIRED}); an active waiver that matches nothing is reported too
 *       ({@link Notice.Kind#WAIVER_UNUSED}).</li>
 * </ul>
 */
public final class Waivers {
    private Waivers() {
    }

    /**
     * The report with the waivers applied.
     *
     * @param asOf the day the waivers are judged on (the report's as-of date, in UTC)
     */
    public static Report apply(Report report, List<Waiver> waivers, LocalDate asOf) {
        if (waivers.isEmpty()) {
            return report;
        }
        List<Notice> notices = new ArrayList<>();
        List<Waiver> active = new ArrayList<>();
        for (Waiver w : waivers) {
            if (w.isActiveOn(asOf)) {
                active.add(w);
            } else {
                notices.add(new Notice(Notice.Kind.WAIVER_EXPIRED, w.rule(), subjectOf(w, report),
                        "Waiver of " + w.rule() + scope(w) + " expired on " + w.expires() + " ('" + w.reason()
                                + "'): what it covered fails again; extend it or fix the deviation."));
            }
        }
        Set<Waiver> used = Collections.newSetFromMap(new IdentityHashMap<>());
        List<RuleResult> results = new ArrayList<>(report.results().size());
        for (RuleResult result : report.results()) {
            results.add(result.failed() ? waive(result, active, used) : result);
        }
        for (Waiver w : active) {
            if (!used.contains(w)) {
                boolean ruleRan = report.result(w.rule()).isPresent();
                String suggestion = ruleRan ? suggestKey(w, report.result(w.rule()).get()) : null;
                notices.add(new Notice(Notice.Kind.WAIVER_UNUSED, w.rule(), subjectOf(w, report),
                        "Waiver of " + w.rule() + scope(w) + " matches no finding"
                                + (ruleRan ? "" : " (no rule " + w.rule() + " ran)")
                                + (suggestion == null ? "" : " (did you mean subject '" + suggestion + "'?)")
                                + ": remove it, or correct its rule id or subject."));
            }
        }
        return report.withResults(results, notices);
    }

    private static RuleResult waive(RuleResult result, List<Waiver> active, Set<Waiver> used) {
        List<Finding> findings = new ArrayList<>(result.findings().size());
        Severity highestUnwaived = null;
        for (Finding f : result.findings()) {
            Waiver match = null;
            for (Waiver w : active) {
                if (matches(w, result.ruleId(), f.subject())) {
                    used.add(w);
                    if (match == null || (match.subject() == null && w.subject() != null)) {
                        match = w;
                    }
                }
            }
            if (match != null) {
                findings.add(f.withWaiver(new AppliedWaiver(match.reason(), match.expires())));
            } else {
                findings.add(f);
                highestUnwaived = highestUnwaived == null || f.severity().isAtLeast(highestUnwaived) ? f.severity() : highestUnwaived;
            }
        }
        if (findings.equals(result.findings())) {
            return result;
        }
        if (highestUnwaived == null) {
            return result.with(Status.WAIVED, result.severity(), findings);
        }
        return result.with(Status.FAIL, highestUnwaived, findings);
    }

    /**
     * The subject key of one of the rule's findings that the waiver's subject is a bare id or a
     * differently written key of ({@code 89} for {@code issue#89}, {@code Iteration:7} for
     * {@code iteration:7}), or null.
     */
    private static String suggestKey(Waiver waiver, RuleResult result) {
        String given = subjectKey(waiver);
        if (given == null) {
            return null;
        }
        String bare = given.replaceFirst("^[A-Za-z_ -]*+[#:]", "");
        for (Finding f : result.findings()) {
            String key = f.subject().key();
            if (key.equalsIgnoreCase(given) || key.endsWith("#" + bare) || key.endsWith(":" + bare)) {
                return key;
            }
        }
        return null;
    }

    /**
     * The waiver's subject in the shape findings have: the finding's own subject when the rule reported one
     * with that key (an expired waiver's finding, with its title and link), else what the key tells.
     */
    private static Subject subjectOf(Waiver w, Report report) {
        String key = subjectKey(w);
        if (key == null) {
            return null;
        }
        return report.result(w.rule()).stream().flatMap(r -> r.findings().stream()).map(Finding::subject)
                .filter(s -> s.key().equals(key)).findFirst().orElseGet(() -> Subject.fromKey(key, null));
    }

    private static boolean matches(Waiver waiver, String ruleId, Subject subject) {
        return waiver.rule().equals(ruleId) && (waiver.subject() == null || subjectKey(waiver).equals(subject.key()));
    }

    /** The waiver's subject as a subject key: {@code #42} is short for {@code issue#42}. */
    static String subjectKey(Waiver waiver) {
        if (waiver.subject() == null) {
            return null;
        }
        String s = waiver.subject().trim();
        return s.startsWith("#") ? "issue" + s : s;
    }

    private static String scope(Waiver w) {
        return w.subject() == null ? " (every subject)" : " for " + subjectKey(w);
    }
}
