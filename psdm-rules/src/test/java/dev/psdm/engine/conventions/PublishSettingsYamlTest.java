package dev.psdm.engine.conventions;

import dev.psdm.engine.PsdmEngine;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code publish:} section of {@code .psdm.yml} (issue 30: assignee, confidentiality and posture labels of the
 * compliance issue, reminders opt-in per rule): read strictly like every other section, absent in older files.
 */
class PublishSettingsYamlTest {

    private static Conventions read(String yaml) {
        return ConventionsYaml.read(new StringReader(yaml), ".psdm.yml");
    }

    private static String error(String yaml) {
        try {
            read(yaml);
        } catch (ConventionsException e) {
            assertThat(e.getMessage()).as("one line").doesNotContain("\n");
            return e.getMessage();
        }
        throw new AssertionError("expected the file to be rejected:\n" + yaml);
    }

    @Test
    void aPublishSectionSetsEveryKey() {
        Conventions c = read("""
                publish:
                  issueTitle: 'Compliance (PSDM)'
                  assignee: '@pm-jane'
                  confidential: true
                  postureLabels: ['Health::ok', 'Health::watch', 'Health::red']
                  remind: [PSDM-RAID-002, PSDM-WGT-001]
                  remindEveryDays: 3
                  maxNotes: 5
                  pm: pm.lead
                """);

        assertThat(c.get(PublishSettings.ISSUE_TITLE)).isEqualTo("Compliance (PSDM)");
        assertThat(c.get(PublishSettings.ASSIGNEE)).as("a mention's @ is dropped").isEqualTo("pm-jane");
        assertThat(c.get(PublishSettings.CONFIDENTIAL)).isTrue();
        assertThat(c.get(PublishSettings.POSTURE_LABELS)).containsExactly("Health::ok", "Health::watch", "Health::red");
        assertThat(c.get(PublishSettings.REMIND)).containsExactly("PSDM-RAID-002", "PSDM-WGT-001");
        assertThat(c.get(PublishSettings.REMIND_EVERY_DAYS)).isEqualTo(3);
        assertThat(c.get(PublishSettings.MAX_NOTES)).isEqualTo(5);
        assertThat(c.get(PublishSettings.PM)).isEqualTo("pm.lead");
        assertThat(ConventionsYaml.differencesFromDefaults(c)).containsExactly("publish.issueTitle", "publish.assignee",
                "publish.confidential", "publish.postureLabels", "publish.remind", "publish.remindEveryDays",
                "publish.maxNotes", "publish.pm");
        // the engine knows both rules, so a file that opts them in builds
        assertThat(PsdmEngine.builder().conventions(c).build().conventions()).isEqualTo(c);
    }

    /** Files written before the section existed read as before; the defaults are what the options defaulted to. */
    @Test
    void aFileWithoutThePublishSectionKeepsThePreviousBehaviour() {
        Conventions c = read("thresholds:\n  raidStaleDays: 10\n");

        assertThat(c.get(PublishSettings.ISSUE_TITLE)).isEqualTo("PSDM compliance");
        assertThat(c.get(PublishSettings.ASSIGNEE)).isEmpty();
        assertThat(c.get(PublishSettings.CONFIDENTIAL)).isFalse();
        assertThat(c.get(PublishSettings.POSTURE_LABELS)).containsExactly("PSDM::compliant", "PSDM::at risk", "PSDM::failing");
        assertThat(c.get(PublishSettings.REMIND)).isEmpty();
        assertThat(c.get(PublishSettings.REMIND_EVERY_DAYS)).isEqualTo(7);
        assertThat(c.get(PublishSettings.MAX_NOTES)).isEqualTo(20);
        assertThat(c.get(PublishSettings.PM)).isEmpty();
        assertThat(ConventionsYaml.differencesFromDefaults(c)).containsExactly("thresholds.raidStaleDays");
    }

    @Test
    void thePrintedDefaultsHoldTheSectionAndReadBack() {
        String printed = ConventionsYaml.write(Conventions.defaults());

        assertThat(printed).contains("\npublish:\n").contains("  assignee: ''\n").contains("  confidential: false\n")
                .contains("  postureLabels: ['PSDM::compliant', 'PSDM::at risk', 'PSDM::failing']\n")
                .contains("  remind: []\n").contains("  remindEveryDays: 7\n").contains("  maxNotes: 20\n");
        assertThat(ConventionsYaml.differencesFromDefaults(read(printed))).isEmpty();
    }

    @Test
    void anUnknownKeyInTheSectionNamesTheKnownOnes() {
        assertThat(error("publish:\n  confidential: true\n  assignees: [jane]\n")).isEqualTo(".psdm.yml:3: publish.assignees:"
                + " unknown key (known keys in 'publish': issueTitle, assignee, confidential, postureLabels, remind,"
                + " remindEveryDays, maxNotes, pm)");
        assertThat(error("publish: true\n")).startsWith(".psdm.yml:1: publish: expected a section with the keys [issueTitle,");
    }

    @Test
    void wrongTypesNameTheirLineAndKey() {
        assertThat(error("publish:\n  confidential: sometimes\n"))
                .isEqualTo(".psdm.yml:2: publish.confidential: expected true or false, got 'sometimes'");
        assertThat(error("publish:\n  maxNotes: -1\n"))
                .isEqualTo(".psdm.yml:2: publish.maxNotes: expected a whole number of at least 0, got -1");
        assertThat(error("publish:\n  remindEveryDays: weekly\n"))
                .isEqualTo(".psdm.yml:2: publish.remindEveryDays: expected a whole number of at least 0, got 'weekly'");
        assertThat(error("publish:\n  remind: PSDM-RAID-002\n"))
                .isEqualTo(".psdm.yml:2: publish.remind: expected a list of rule ids, e.g. ['PSDM-RAID-002'], got 'PSDM-RAID-002'");
        assertThat(error("publish:\n  remind:\n    - PSDM-RAID-002\n    - 'stale RAID items'\n"))
                .isEqualTo(".psdm.yml:4: publish.remind: expected a rule id such as PSDM-RAID-002, got 'stale RAID items'");
        assertThat(error("publish:\n  assignee: 'Jane Doe'\n"))
                .isEqualTo(".psdm.yml:2: publish.assignee: expected a GitLab username such as jane.doe, or empty for nobody,"
                        + " got 'Jane Doe'");
        assertThat(error("publish:\n  pm: [jane]\n"))
                .isEqualTo(".psdm.yml:2: publish.pm: expected a GitLab username such as jane.doe, or empty for nobody,"
                        + " got a list");
    }

    @Test
    void badPostureLabelsAreRefused() {
        assertThat(error("publish:\n  postureLabels: ['PSDM::ok', 'PSDM::failing']\n"))
                .isEqualTo(".psdm.yml:2: publish.postureLabels: expected 3 different label names (compliant, at risk,"
                        + " failing), got 2 labels");
        assertThat(error("publish:\n  postureLabels: ['PSDM::ok', 'PSDM::ok', 'PSDM::failing']\n"))
                .isEqualTo(".psdm.yml:2: publish.postureLabels: expected 3 different label names (compliant, at risk,"
                        + " failing), got 'PSDM::ok' twice");
        // GitLab's issue API takes labels as one comma-separated text: a comma would make two labels
        assertThat(error("publish:\n  postureLabels:\n    - 'PSDM::ok'\n    - 'PSDM::at risk, maybe'\n    - 'PSDM::failing'\n"))
                .isEqualTo(".psdm.yml:4: publish.postureLabels: a label name cannot hold a comma, got 'PSDM::at risk, maybe'");
        assertThat(error("publish:\n  postureLabels: ['PSDM::ok', '', 'PSDM::failing']\n"))
                .isEqualTo(".psdm.yml:2: publish.postureLabels: expected a label name, got ''");
        assertThat(error("publish:\n  postureLabels: 'PSDM::ok,PSDM::at risk,PSDM::failing'\n"))
                .startsWith(".psdm.yml:2: publish.postureLabels: expected 3 different label names");
    }

    @Test
    void aRemindedRuleTheEngineDoesNotHaveFailsTheBuildWithItsLine() {
        Conventions c = read("publish:\n  confidential: true\n  remind: [PSDM-RAID-002, PSDM-RAID-009]\n");

        assertThatThrownBy(() -> PsdmEngine.builder().conventions(c).build())
                .isInstanceOf(ConventionsException.class)
                .hasMessage(".psdm.yml:3: publish.remind: unknown rule id 'PSDM-RAID-009' (psdm rules lists the ids)");
    }

    @Test
    void theBuilderRefusesValuesTheFileWouldRefuse() {
        assertThatThrownBy(() -> Conventions.defaults().with(PublishSettings.POSTURE_LABELS, List.of("a", "a", "b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("publish.postureLabels: expected 3");
        assertThatThrownBy(() -> Conventions.defaults().with(PublishSettings.ASSIGNEE, "two words"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Conventions.defaults().with(PublishSettings.MAX_NOTES, 0).get(PublishSettings.MAX_NOTES)).isZero();
    }
}
