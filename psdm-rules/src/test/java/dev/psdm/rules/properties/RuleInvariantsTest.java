package dev.psdm.rules.properties;

import dev.psdm.assertj.SnapshotFixture;
import dev.psdm.model.DataGap;
import dev.psdm.model.Issue;
import dev.psdm.model.Snapshot;
import dev.psdm.engine.EvaluationOptions;
import dev.psdm.engine.PsdmEngine;
import dev.psdm.report.RuleDescriptor;
import dev.psdm.report.Finding;
import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Status;
import dev.psdm.report.format.JsonReportWriter;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants every rule keeps, on randomly generated projects. */
class RuleInvariantsTest {
    private static final PsdmEngine ENGINE = PsdmEngine.builder().build();
    private static final JsonReportWriter JSON = new JsonReportWriter();

    /** A random but plausible project: some iterations, work items, RAID items and ceremonies. */
    static Snapshot randomProject(long seed) {
        Random random = new Random(seed);
        SnapshotFixture fixture = SnapshotFixture.project().asOf(LocalDate.of(2026, 3, 20))
                .startingOn(LocalDate.of(2026, 1, 5).plusDays(random.nextInt(30)));
        if (random.nextBoolean()) {
            fixture.iterationZero();
        }
        int iterations = random.nextInt(10);
        fixture.iterations(iterations, Period.ofWeeks(1 + random.nextInt(3)));
        int issues = random.nextInt(40);
        for (int k = 0; k < issues; k++) {
            int kind = random.nextInt(4);
            int iteration = iterations == 0 ? -1 : 1 + random.nextInt(iterations);
            int days = random.nextInt(30);
            boolean closed = random.nextInt(4) == 0;
            boolean weighted = random.nextBoolean();
            fixture.issue(i -> {
                switch (kind) {
                    case 0 -> i.title("RAID item").raid();
                    case 1 -> i.title("Escalated risk").raid().priorityHigh();
                    case 2 -> i.title("Iteration planning");
                    default -> i.title("Work item");
                }
                if (iteration > 0) {
                    i.inIteration(iteration);
                }
                if (!weighted) {
                    i.unweighted();
                }
                if (closed) {
                    i.closed();
                }
                i.updatedDaysAgo(days);
            });
        }
        return fixture.build();
    }

    @Property(tries = 40)
    void inputOrderNeverChangesTheReport(@ForAll long seed) {
        Snapshot snapshot = randomProject(seed);
        Random random = new Random(seed ^ 0x5DEECE66DL);
        Snapshot shuffled = new Snapshot(snapshot.schema(), snapshot.source(), snapshot.fetchedAt(), snapshot.project(),
                snapshot.group(), shuffle(snapshot.iterations(), random), shuffle(snapshot.milestones(), random),
                shuffle(snapshot.labels(), random), shuffle(snapshot.issues(), random), snapshot.epics(),
                snapshot.boards(), snapshot.wikiPages(), snapshot.gaps());
        assertThat(JSON.render(ENGINE.evaluate(shuffled))).isEqualTo(JSON.render(ENGINE.evaluate(snapshot)));
    }

    /**
     * A closed, weighted, assigned work item in an epic breaks no rule, so adding it changes no rule's
     * outcome. It carries no label: a label is project data too (PSDM-LBL-001 counts a label as present
     * when any issue carries it), so an issue bringing the first {@code PSD Workflow::Done} into a project
     * that lacked the workflow labels fixes a finding, which this property once mistook for a broken
     * invariant (it ran by hand only, under a name Surefire skipped). A closed issue needs no board label.
     * For the same reason the project has issues already: the first issue of a project fixes
     * PSDM-SSOT-001's "no issues" finding.
     */
    @Property(tries = 40)
    void addingACompliantIssueNeverChangesOtherFindings(@ForAll long seed) {
        Snapshot snapshot = randomProject(seed);
        Assume.that(!snapshot.issues().isEmpty());
        List<Issue> issues = new ArrayList<>(snapshot.issues());
        Issue template = new Issue(999_999L, 9_999, "Compliant closed work item", "Done.", "closed",
                snapshot.fetchedAt().minus(3, ChronoUnit.DAYS), snapshot.fetchedAt().minus(1, ChronoUnit.DAYS),
                snapshot.fetchedAt().minus(1, ChronoUnit.DAYS), null, List.of(), List.of("jdoe"),
                1, null, null, 1L, false, "https://gitlab.example.com/acme/collaboration/-/issues/9999");
        issues.add(template);
        Snapshot more = new Snapshot(snapshot.schema(), snapshot.source(), snapshot.fetchedAt(), snapshot.project(),
                snapshot.group(), snapshot.iterations(), snapshot.milestones(), snapshot.labels(), issues,
                snapshot.epics(), snapshot.boards(), snapshot.wikiPages(), snapshot.gaps());
        assertThat(outcomes(ENGINE.evaluate(more))).isEqualTo(outcomes(ENGINE.evaluate(snapshot)));
    }

    @Property(tries = 30)
    void aRuleNeverPassesWhenItsDataIsMissing(@ForAll long seed,
                                                @ForAll @IntRange(min = 0, max = 6) int resourceIndex) {
        String resource = List.of(DataGap.ISSUES, DataGap.ITERATIONS, DataGap.MILESTONES, DataGap.LABELS,
                DataGap.EPICS, DataGap.BOARDS, DataGap.WIKI).get(resourceIndex);
        Snapshot snapshot = randomProject(seed);
        Snapshot withGap = new Snapshot(snapshot.schema(), snapshot.source(), snapshot.fetchedAt(), snapshot.project(),
                snapshot.group(), snapshot.iterations(), snapshot.milestones(), snapshot.labels(), snapshot.issues(),
                snapshot.epics(), snapshot.boards(), snapshot.wikiPages(), List.of(new DataGap(resource, "403 Forbidden")));
        Report report = ENGINE.evaluate(withGap);
        for (RuleDescriptor rule : ENGINE.rules()) {
            if (rule.requires().contains(resource)) {
                assertThat(report.result(rule.id()).orElseThrow().status())
                        .as("%s requires %s, which the snapshot lacks", rule.id(), resource)
                        .isEqualTo(Status.NOT_EVALUATED);
            }
        }
    }

    @Property(tries = 40)
    void movingAsOfForwardNeverMakesAStaleRaidItemFresh(@ForAll long seed,
                                                        @ForAll @IntRange(min = 1, max = 60) int daysLater) {
        Snapshot snapshot = randomProject(seed);
        Instant later = snapshot.fetchedAt().plus(daysLater, ChronoUnit.DAYS);
        Set<String> staleNow = raidSubjects(ENGINE.evaluate(snapshot, EvaluationOptions.defaults()));
        Set<String> staleLater = raidSubjects(ENGINE.evaluate(snapshot, EvaluationOptions.asOf(later)));
        assertThat(staleLater).containsAll(staleNow);
    }

    private static Set<String> raidSubjects(Report report) {
        return report.result("PSDM-RAID-002").map(RuleResult::findings).orElse(List.of()).stream()
                .map(f -> f.subject().key()).collect(Collectors.toSet());
    }

    /** Status and findings of every rule, without the summary the extra issue may legitimately not change. */
    private static List<String> outcomes(Report report) {
        List<String> out = new ArrayList<>();
        for (RuleResult r : report.results()) {
            out.add(r.ruleId() + " " + r.status() + " " + r.findings().stream().map(Finding::message).toList());
        }
        return out;
    }

    private static <T> List<T> shuffle(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}
