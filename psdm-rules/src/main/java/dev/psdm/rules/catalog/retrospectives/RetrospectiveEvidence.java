package dev.psdm.rules.catalog.retrospectives;

import dev.psdm.engine.Findings;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.conventions.EngineSettings;
import dev.psdm.engine.conventions.Regexes;
import dev.psdm.engine.facts.CeremonyRecord;
import dev.psdm.report.Subject;
import dev.psdm.rules.catalog.activities.ExpectedActivity;

import java.util.List;
import java.util.regex.Pattern;

import static dev.psdm.rules.catalog.evidence.EvidenceText.name;

/**
 * The evidence of PSDM-RET-001 (issue 29): the internal retrospective record found and which convention made it
 * one (its title or its label), or the conventions sought and the near misses: the customer-facing retrospective
 * records, which a team often takes for the internal one.
 */
public final class RetrospectiveEvidence {
    /** Near misses listed; a long project has one customer retrospective per iteration. */
    private static final int LISTED = 3;

    private RetrospectiveEvidence() {
    }

    /**
     * @param retrospectives the customer-facing retrospective records ({@link CeremonyRecord}s)
     * @param wikiRead       false when the wiki could not be read: the record may be there
     */
    public static void internal(Findings findings, Object drools, ExpectedActivity retro, Conventions conventions,
                                List<?> retrospectives, boolean wikiRead) {
        Pattern title = conventions.get(EngineSettings.INTERNAL_RETROSPECTIVE_TITLE);
        List<String> labels = conventions.internalRetrospectiveLabels();
        String byTitle = "`" + EngineSettings.INTERNAL_RETROSPECTIVE_TITLE.path() + "` (" + title.pattern() + ")";
        String byLabel = "`" + EngineSettings.INTERNAL_RETROSPECTIVE_LABELS.path() + "` (" + String.join(", ", labels) + ")";
        findings.lookedAt(drools, "issues and wiki pages titled like " + byTitle + ", issues labelled " + byLabel);
        Subject record = retro.evidence();
        if (record != null) {
            boolean titled = record.title() != null && Regexes.find(title, record.title());
            findings.satisfied(drools, retro.subject(), record, ("wiki".equals(record.type()) ? "Wiki page " : "Issue ")
                    + name(record) + (titled ? ": its title matches " + byTitle : ": it carries a label of " + byLabel));
            return;
        }
        findings.counted(drools, retro.subject(), null, "No issue" + (wikiRead ? " or wiki page" : "") + " titled like "
                + byTitle + ", and no issue labelled " + byLabel + (wikiRead ? "" : "; the wiki could not be read"));
        retrospectives.stream().map(CeremonyRecord.class::cast).map(CeremonyRecord::subject).sorted(Subject.ORDER)
                .limit(LISTED).forEach(customer -> findings.nearMiss(drools, retro.subject(), customer, name(customer)
                        + " is a retrospective record, but not an internal one: neither its title nor its labels "
                        + "match the conventions above"));
    }
}
