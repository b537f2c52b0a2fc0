package dev.psdm.rules.catalog.communication;

import dev.psdm.engine.Findings;
import dev.psdm.engine.conventions.EngineSettings;
import dev.psdm.engine.conventions.Settings;
import dev.psdm.engine.facts.Backlog;
import dev.psdm.engine.facts.CommunicationPlan;
import dev.psdm.engine.facts.ProjectContext;
import dev.psdm.model.Issue;
import dev.psdm.report.Subject;

import java.util.List;

import static dev.psdm.rules.catalog.evidence.EvidenceText.indexOfIgnoringCase;
import static dev.psdm.rules.catalog.evidence.EvidenceText.lowest;
import static dev.psdm.rules.catalog.evidence.EvidenceText.name;
import static dev.psdm.rules.catalog.evidence.EvidenceText.pattern;

/**
 * The evidence of PSDM-COMM-001 (issue 29): the plan found (issue or wiki page) and the title pattern that
 * recognised it; when none, the pattern sought, the nearest issue (one whose title speaks of communication
 * without matching) and whether the wiki could be read.
 */
public final class CommunicationEvidence {
    /** Words a plan under another title carries ("Comms cadence", "Communications & status"). */
    private static final List<String> NEAR_WORDS = List.of("communication", "comms");

    private CommunicationEvidence() {
    }

    public static void explain(Findings findings, Object drools, ProjectContext project, Settings settings,
                               Backlog backlog, List<?> plans, boolean wikiRead) {
        String key = pattern(EngineSettings.COMMUNICATION_PLAN_TITLE, settings);
        findings.lookedAt(drools, "issue titles and " + (wikiRead ? "wiki page titles" : "no wiki page (the wiki could not be read)")
                + " for " + key);
        Subject about = project.subject();
        List<CommunicationPlan> found = plans.stream().map(CommunicationPlan.class::cast)
                .sorted((a, b) -> Subject.ORDER.compare(a.subject(), b.subject())).toList();
        for (CommunicationPlan plan : found) {
            findings.satisfied(drools, about, plan.subject(), ("wiki".equals(plan.subject().type()) ? "Wiki page " : "Issue ")
                    + name(plan.subject()) + " is the communication plan: its title matches " + key);
        }
        if (!found.isEmpty()) {
            return;
        }
        findings.notCounted(drools, about, null, "No issue" + (wikiRead ? " and no wiki page" : "") + " has a title matching "
                + key + (wikiRead ? "" : "; the wiki, where the plan often lives, could not be read"));
        for (Issue issue : lowest(backlog.issues(), i -> nearWord(i.title()) != null, Issue::iid, 1)) {
            findings.nearMiss(drools, about, Subject.issue(issue), name(issue) + " speaks of '" + nearWord(issue.title())
                    + "' but its title does not match `" + EngineSettings.COMMUNICATION_PLAN_TITLE.path() + "`");
        }
    }

    private static String nearWord(String title) {
        for (String word : NEAR_WORDS) {
            if (indexOfIgnoringCase(title, word) >= 0) {
                return word;
            }
        }
        return null;
    }
}
