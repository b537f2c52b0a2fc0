package dev.psdm.rules.catalog;

import dev.psdm.engine.conventions.EngineSettings;
import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import dev.psdm.engine.conventions.Conventions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.psdm.assertj.SubjectRef.issue;
import static dev.psdm.assertj.SubjectRef.label;

/** A team's .psdm.yml with its own label names changes the outcome the way the team expects. */
class ConventionsFileTest {
    @TempDir
    Path dir;

    private Conventions teamConventions() throws IOException {
        return Conventions.load(Files.writeString(dir.resolve(".psdm.yml"), """
                labels:
                  sow: '^Contract-\\d+'
                  workflowPrefix: 'Flow::'
                  raid: [Risk]
                thresholds:
                  raidStaleDays: 30
                """));
    }

    private static SnapshotFixture teamProject() {
        return SnapshotFixture.project().small()
                .labels("Contract-77", "PM::Jane Doe", "Flow::Doing")
                .issue(i -> i.iid(1).labels("Flow::Doing"))
                .issue(i -> i.iid(2).labels("Risk").updatedDaysAgo(20));
    }

    @Test
    void renamedLabelsPassWithTheTeamsConventionsAndFailWithTheHandbooks() throws IOException {
        Conventions team = teamConventions();
        RuleVerifier.forRule("PSDM-LBL-001").given(teamProject()).fails()
                .on(label("SOW-# or PO#"), label("PSD Workflow::*"));
        RuleVerifier.forRule("PSDM-LBL-001").withConventions(team).given(teamProject()).passes();

        RuleVerifier.forRule("PSDM-LBL-002").given(teamProject()).fails().on(issue(1), issue(2));
        RuleVerifier.forRule("PSDM-LBL-002").withConventions(team).given(teamProject()).passes();

        RuleVerifier.forRule("PSDM-RAID-001").given(teamProject()).fails();
        RuleVerifier.forRule("PSDM-RAID-001").withConventions(team).given(teamProject()).passes();
    }

    @Test
    void thresholdsFromTheFileApply() throws IOException {
        var staleForTheHandbook = teamProject();
        RuleVerifier.forRule("PSDM-RAID-002").withConventions(Conventions.defaults().toBuilder()
                .set(EngineSettings.RAID_LABELS, java.util.List.of("Risk")).build()).given(staleForTheHandbook).fails().on(issue(2));
        RuleVerifier.forRule("PSDM-RAID-002").withConventions(teamConventions()).given(staleForTheHandbook).passes();
    }
}
