package dev.psdm.examples.customrule;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.model.json.SnapshotJson;
import dev.psdm.engine.PsdmEngine;
import dev.psdm.report.RuleDescriptor;
import dev.psdm.engine.facts.CeremonyKind;
import dev.psdm.report.Report;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import static dev.psdm.assertj.PsdmAssertions.assertThat;
import static dev.psdm.assertj.SnapshotFixture.project;
import static dev.psdm.assertj.SubjectRef.issue;

/** Acme's team rules, each tested in isolation with the verifier, then with the bundled rules on a sample. */
class TeamRulesTest {
    // tag::verifier[]
    private static final PsdmEngine ENGINE = TeamRules.engine();   // compiled once for the whole class

    @Nested
    class RaidItemsHaveADueDate {
        private final RuleVerifier rule = RuleVerifier.forRule("ACME-RAID-001", ENGINE);

        @Test
        void raidItemWithoutDueDateFails() {
            rule.given(project().small()
                            .issue(i -> i.iid(12).title("Vendor API access").raid().updatedDaysAgo(2))
                            .issue(i -> i.iid(13).raid().due(LocalDate.of(2026, 4, 1))))
                    .fails().on(issue(12))
                    .withMessageContainingOn(issue(12), "RAID item #12 'Vendor API access' has no due date");
        }

        @Test
        void closedRaidItemsNeedNoDueDate() {
            rule.given(project().small()
                            .issue(i -> i.raid().closed())
                            .issue(i -> i.raid().due(LocalDate.of(2026, 4, 1))))
                    .passes();
        }

        @Test
        void projectWithoutOpenRaidItemsIsNotApplicable() {
            rule.given(project().small().issue(i -> i.title("Work")))
                    .isNotApplicable().withReasonContaining("no open RAID items");
        }
    }
    // end::verifier[]

    /** The large fixture as of 2026-03-20: Iteration 0, Iterations 1–4 closed, 5 current, 6–8 upcoming. */
    @Nested
    class CurrentWorkHasAnAssignee {
        private final RuleVerifier rule = RuleVerifier.forRule("ACME-PLAN-001", ENGINE);

        @Test
        void unassignedWorkInTheCurrentIterationFails() {
            rule.given(project().large()
                            .issue(i -> i.iid(30).title("Pipeline template").inIteration(5).unassigned())
                            .issue(i -> i.iid(31).inIteration(5).assignees("asmith")))
                    .fails().on(issue(30))
                    .withMessageContainingOn(issue(30), "planned in Iteration 5, the current iteration, but nobody is assigned");
        }

        @Test
        void upcomingClosedAndCeremonyIssuesAreNotChecked() {
            rule.given(project().large()
                            .issue(i -> i.inIteration(6).unassigned())
                            .issue(i -> i.inIteration(5).unassigned().closed())
                            .issue(i -> i.title("Iteration 5 retrospective").inIteration(5).unassigned()))
                    .passes();
        }

        @Test
        void readsAsOfLikeEveryRule() {
            // Iteration 2 runs from 2026-02-02 to 2026-02-15: closed by the fixture's default as-of date.
            var fixture = project().large().issue(i -> i.iid(7).inIteration(2).unassigned());
            rule.given(fixture).passes();
            rule.given(fixture).asOf(Instant.parse("2026-02-05T12:00:00Z")).fails().on(issue(7));
        }
    }

    @Test
    void teamRulesJoinTheCatalogWithTheirMetadata() {
        assertThat(ENGINE.rules()).extracting(RuleDescriptor::id)
                .contains("ACME-PLAN-001", "ACME-RAID-001", "PSDM-RAID-002");
    }

    // tag::report[]
    @Test
    void onTheLargeSampleTheTeamRuleFailsBesideTheBundledOnes() {
        Report report = ENGINE.evaluate(SnapshotJson.read(Path.of("..", "snapshots", "large-project.json")));

        assertThat(report).hasFailed("ACME-RAID-001").on(issue(86), issue(88), issue(89), issue(90), issue(91));
        assertThat(report).hasFailed("PSDM-RAID-002").on(issue(89), issue(91));
        assertThat(report).hasPassed("ACME-PLAN-001");
    }
    // end::report[]

    @Test
    void ceremoniesInEveryIterationKeepTheTeamRulesQuiet() {
        assertThat(ENGINE.evaluate(project().large().ceremoniesInEveryIteration(CeremonyKind.values()).build()))
                .hasPassed("ACME-PLAN-001")
                .isNotApplicable("ACME-RAID-001");
    }
}
