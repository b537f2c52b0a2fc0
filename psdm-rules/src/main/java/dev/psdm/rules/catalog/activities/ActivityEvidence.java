package dev.psdm.rules.catalog.activities;

import dev.psdm.engine.Findings;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.conventions.Setting;
import dev.psdm.engine.derive.Derivation;
import dev.psdm.model.Issue;
import dev.psdm.report.Subject;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static dev.psdm.rules.catalog.evidence.EvidenceText.indexOfIgnoringCase;
import static dev.psdm.rules.catalog.evidence.EvidenceText.lowest;
import static dev.psdm.rules.catalog.evidence.EvidenceText.name;

/**
 * The evidence of the rules that want a record of each expected activity (PSDM-IT0-002, PSDM-CLOSE-001;
 * issue 29): the record found for each activity and the title pattern that recognised it, or, for a missing
 * one, the pattern sought and the nearest issue: one titled like it but outside the window, else one whose
 * title carries the activity's last word ("retrospective" in "Iteration 3 retrospective").
 */
public final class ActivityEvidence {
    private ActivityEvidence() {
    }

    /**
     * @param placed what the window of the activity's record is ("assigned to Iteration 0 or dated by 2026-02-15"),
     *               or null when any issue may record it (the closeout)
     * @param wikiRead false when the wiki could not be read: a missing record may be there
     */
    public static void explain(Findings findings, Object drools, Conventions conventions, ActivityGroup group,
                               List<?> activities, List<Issue> issues, String placed,
                               boolean wikiRead) {
        Setting<Map<String, Pattern>> setting = group == ActivityGroup.CLOSEOUT ? ActivitySettings.CLOSEOUT
                : ActivitySettings.ITERATION_ZERO;
        Map<String, Pattern> patterns = conventions.get(setting);
        findings.lookedAt(drools, "issues and wiki pages titled like an activity of `" + setting.path() + "` ("
                + String.join(", ", patterns.keySet()) + ")" + (placed == null ? "" : ", issues " + placed));
        List<ExpectedActivity> sorted = activities.stream().map(ExpectedActivity.class::cast)
                .filter(a -> a.group() == group).sorted(Comparator.comparing(ExpectedActivity::name)).toList();
        for (ExpectedActivity activity : sorted) {
            Pattern title = patterns.get(activity.name());
            String key = "`" + setting.path() + "` '" + activity.name() + "'" + (title == null ? "" : " (/" + title.pattern() + "/)");
            if (activity.isRecorded()) {
                Subject record = activity.evidence();
                findings.satisfied(drools, activity.subject(), record, capitalised(activity.name()) + ": "
                        + ("wiki".equals(record.type()) ? "wiki page " : "issue ") + name(record) + ", its title matches " + key);
                continue;
            }
            findings.counted(drools, activity.subject(), null, capitalised(activity.name()) + ": no issue"
                    + (placed == null ? "" : " " + placed) + (wikiRead ? " and no wiki page has" : " has")
                    + " a title matching " + key + (wikiRead ? "" : ", and the wiki could not be read"));
            nearMiss(findings, drools, activity, issues, placed);
        }
    }

    private static void nearMiss(Findings findings, Object drools, ExpectedActivity activity, List<Issue> issues,
                                 String placed) {
        // titled like it but outside the window: the activity scan kept it while testing every title (issue 29 item 4)
        Issue outside = activity.nearMiss();
        if (outside != null && placed != null) {
            findings.nearMiss(drools, activity.subject(), Subject.issue(outside), name(outside) + " is titled like it but "
                    + "is not " + placed + " (dated " + Derivation.dateOf(outside) + ")");
            return;
        }
        String name = activity.name();
        String word = name.substring(name.lastIndexOf(' ') + 1);
        for (Issue issue : lowest(issues, i -> indexOfIgnoringCase(i.title(), word) >= 0, Issue::iid, 1)) {
            findings.nearMiss(drools, activity.subject(), Subject.issue(issue), name(issue) + " mentions '" + word
                    + "' but its title does not match the pattern");
        }
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
