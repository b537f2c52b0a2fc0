package dev.psdm.rules.catalog.iteration0;

import dev.psdm.engine.Findings;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.conventions.EngineSettings;
import dev.psdm.engine.conventions.Regexes;
import dev.psdm.engine.facts.Backlog;
import dev.psdm.engine.facts.DeliveryIteration;
import dev.psdm.engine.facts.IterationZero;
import dev.psdm.engine.facts.ProjectContext;
import dev.psdm.engine.facts.RaidItem;
import dev.psdm.report.Subject;
import dev.psdm.rules.catalog.activities.ActivityEvidence;
import dev.psdm.rules.catalog.activities.ActivityGroup;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import static dev.psdm.rules.catalog.evidence.EvidenceText.name;
import static dev.psdm.rules.catalog.evidence.EvidenceText.pattern;
import static dev.psdm.rules.catalog.evidence.EvidenceText.period;
import static dev.psdm.rules.catalog.evidence.EvidenceText.plural;

/**
 * The evidence of the Iteration 0 rules (issue 29): how Iteration 0 was recognised, or the first iteration
 * and the patterns it missed (PSDM-IT0-001); each activity's record, or the pattern and the nearest candidate
 * (PSDM-IT0-002); the first RAID item created by Iteration 0's last day, or the first one after it (PSDM-IT0-003).
 */
public final class IterationZeroEvidence {
    private IterationZeroEvidence() {
    }

    /** PSDM-IT0-001. */
    public static void planned(Findings findings, Object drools, ProjectContext project, Conventions conventions,
                               List<?> zeros, List<?> iterations) {
        String title = pattern(EngineSettings.ITERATION_ZERO_TITLE, conventions.settings());
        String kickoff = pattern(EngineSettings.KICKOFF_ISSUE_TITLE, conventions.settings());
        Subject about = project.subject();
        if (!zeros.isEmpty()) {
            IterationZero zero = (IterationZero) zeros.get(0);
            findings.satisfied(drools, about, zero.iteration().subject(), period(zero.iteration()) + " is Iteration 0: "
                    + zero.reason() + (zero.reason().startsWith("its title") ? " (" + title + ")" : " (" + kickoff + ")"));
            return;
        }
        List<DeliveryIteration> all = iterations.stream().map(DeliveryIteration.class::cast)
                .sorted(Comparator.comparing(DeliveryIteration::start).thenComparing(DeliveryIteration::due)
                        .thenComparingLong(DeliveryIteration::id)).toList();
        if (conventions.iterationsAsMilestones()) {
            findings.lookedAt(drools, "milestones as the iterations of the plan (`iterationsAsMilestones`)");
        }
        if (all.isEmpty()) {
            findings.notCounted(drools, about, null, "The project has no iterations, so none can be Iteration 0");
            return;
        }
        DeliveryIteration first = all.get(0);
        findings.notCounted(drools, about, first.subject(), "The first iteration, " + period(first) + ", is not Iteration 0: "
                + "its title does not match " + title + " and it holds no issue titled like " + kickoff);
        Regexes.Finder zeroTitle = Regexes.finder(conventions.get(EngineSettings.ITERATION_ZERO_TITLE));
        all.stream().skip(1).filter(i -> zeroTitle.find(i.title())).findFirst().ifPresent(i -> findings.nearMiss(drools,
                about, i.subject(), period(i) + " is titled like Iteration 0 but starts after " + first.title()
                + ", so delivery had begun"));
    }

    /** PSDM-IT0-002. */
    public static void activities(Findings findings, Object drools, Conventions conventions, IterationZero zero,
                                  Backlog backlog, List<?> activities, boolean wikiRead) {
        DeliveryIteration it = zero.iteration();
        if (!it.isStarted()) {
            findings.notCounted(drools, it.subject(), it.subject(), period(it) + " starts after the as-of date: "
                    + "its activities are not due yet");
            return;
        }
        ActivityEvidence.explain(findings, drools, conventions, ActivityGroup.ITERATION_ZERO, activities, backlog.issues(),
                "assigned to " + it.title() + " or dated by its last day, " + it.due(), wikiRead);
    }

    /** PSDM-IT0-003. */
    public static void risks(Findings findings, Object drools, Conventions conventions, IterationZero zero, List<?> raid) {
        DeliveryIteration it = zero.iteration();
        List<RaidItem> items = raid.stream().map(RaidItem.class::cast)
                .sorted(Comparator.comparing((RaidItem r) -> r.issue().createdAt()).thenComparingLong(r -> r.issue().iid()))
                .toList();
        findings.lookedAt(drools, plural(items.size(), "RAID item") + ", open or closed (a label of `labels.raid`: "
                + String.join(", ", conventions.raidLabels()) + "), by the day each was created");
        List<RaidItem> early = items.stream().filter(r -> r.isCreatedBy(it.due())).toList();
        if (!early.isEmpty()) {
            RaidItem first = early.get(0);
            findings.satisfied(drools, it.subject(), first.subject(), "RAID item " + name(first.issue()) + " was created on "
                    + created(first) + ", by the last day of " + period(it)
                    + (early.size() > 1 ? " (" + early.size() + " RAID items by then)" : ""));
            return;
        }
        if (!it.isClosed()) {
            findings.notCounted(drools, it.subject(), null, period(it) + " has not ended by the as-of date and no RAID item "
                    + "has been created yet");
            return;
        }
        findings.counted(drools, it.subject(), null, "No RAID item was created by " + it.due() + ", the last day of "
                + it.title());
        if (!items.isEmpty()) {
            RaidItem next = items.get(0);
            findings.nearMiss(drools, it.subject(), next.subject(), "The first RAID item, " + name(next.issue())
                    + ", was created on " + created(next) + ", " + plural(ChronoUnit.DAYS.between(it.due(), created(next)), "day")
                    + " after " + it.title() + " ended");
        }
    }

    private static LocalDate created(RaidItem item) {
        return LocalDate.ofInstant(item.issue().createdAt(), ZoneOffset.UTC);
    }
}
