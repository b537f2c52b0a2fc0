package dev.psdm.engine.conventions;

import dev.psdm.rules.catalog.activities.ActivitySettings;
import dev.psdm.rules.catalog.labels.LabelSettings;
import dev.psdm.rules.catalog.weights.WeightSettings;

import dev.psdm.report.Waiver;

import dev.psdm.engine.PsdmEngine;
import dev.psdm.engine.facts.CeremonyKind;
import dev.psdm.report.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConventionsYamlTest {

    private static Conventions read(String yaml) {
        return ConventionsYaml.read(new StringReader(yaml), ".psdm.yml");
    }

    private static ConventionsException error(String yaml) {
        try {
            read(yaml);
        } catch (ConventionsException e) {
            assertThat(e.getMessage()).as("one line").doesNotContain("\n");
            return e;
        }
        throw new AssertionError("expected the file to be rejected:\n" + yaml);
    }

    @Test
    void printedDefaultsReadBackToTheDefaults() {
        String printed = ConventionsYaml.write(Conventions.defaults());
        Conventions loaded = read(printed);
        assertThat(ConventionsYaml.write(loaded)).isEqualTo(printed);
        assertThat(loaded.thresholds()).isEqualTo(Thresholds.defaults());
        assertThat(loaded.raidLabels()).isEqualTo(Conventions.defaults().raidLabels());
        assertThat(loaded.rules()).isEmpty();
        assertThat(loaded.waivers()).isEmpty();
    }

    @Test
    void printedDefaultsAreCommented() {
        String printed = ConventionsYaml.write(Conventions.defaults());
        assertThat(printed).contains("# Labels that put an issue in the RAID log")
                .contains("  raid: ['PS RAID Log', 'PS Risk']")
                .contains("  raidStaleDays: 14")
                .contains("rules: {}")
                .contains("waivers: []");
    }

    @Test
    void theLabelsSectionKeepsItsPrintedOrderThoughTheCpLabelsAreTheLabelRulesOwn() {
        String printed = ConventionsYaml.write(Conventions.defaults());
        String labels = printed.substring(printed.indexOf("\nlabels:\n"), printed.indexOf("\ninternalRetrospectives:\n"));
        assertThat(labels.lines().filter(l -> !l.strip().startsWith("#")).map(l -> l.strip().split(":")[0]))
                .containsExactly("", "labels", "sow", "pm", "workflowPrefix", "raid", "highPriority", "");
    }

    @Test
    void anEmptyFileKeepsEveryDefault() {
        assertThat(ConventionsYaml.write(read(""))).isEqualTo(ConventionsYaml.write(Conventions.defaults()));
        assertThat(ConventionsYaml.write(read("# nothing yet\n"))).isEqualTo(ConventionsYaml.write(Conventions.defaults()));
    }

    @Test
    void keysTheFileGivesReplaceTheDefaultsOthersStay() {
        Conventions c = read("""
                labels:
                  raid: [Risk, Decision]
                  workflowPrefix: 'Flow::'
                ceremonies:
                  titles:
                    planning: '(?i)sprint kickoff'
                thresholds:
                  maxWeight: 5
                iterationsAsMilestones: true
                """);
        assertThat(c.raidLabels()).containsExactly("Risk", "Decision");
        assertThat(c.get(LabelSettings.WORKFLOW_PREFIX)).isEqualTo("Flow::");
        assertThat(c.get(EngineSettings.ceremonyTitle(CeremonyKind.PLANNING)).pattern()).isEqualTo("(?i)sprint kickoff");
        assertThat(c.get(EngineSettings.ceremonyTitle(CeremonyKind.REVIEW)).pattern())
                .isEqualTo(Conventions.defaults().get(EngineSettings.ceremonyTitle(CeremonyKind.REVIEW)).pattern());
        assertThat(c.get(WeightSettings.MAX_WEIGHT)).isEqualTo(5);
        assertThat(c.thresholds().raidStaleDays()).isEqualTo(14);
        assertThat(c.iterationsAsMilestones()).isTrue();
        assertThat(c.get(EngineSettings.HIGH_PRIORITY_LABELS)).isEqualTo(Conventions.defaults().get(EngineSettings.HIGH_PRIORITY_LABELS));
    }

    @Test
    void activitiesReplaceTheWholeList() {
        Conventions c = read("""
                iterationZero:
                  activities:
                    customer kickoff: '(?i)kick-?off'
                    EM to PS transition: '(?i)transition|handoff'
                """);
        assertThat(c.get(ActivitySettings.ITERATION_ZERO)).containsOnlyKeys("customer kickoff", "EM to PS transition");
    }

    @Test
    void ruleOverridesAndWaiversAreRead() {
        Conventions c = read("""
                rules:
                  PSDM-WGT-002: {enabled: false}
                  PSDM-CONF-001:
                    severity: error
                waivers:
                  - rule: PSDM-RAID-002
                    subject: 'issue#42'
                    reason: Customer owns this risk until the amendment is signed
                    expires: 2026-06-30
                  - rule: PSDM-EPIC-001
                    reason: Epics need Premium; the customer is on Free
                """);
        assertThat(c.isEnabled("PSDM-WGT-002")).isFalse();
        assertThat(c.override("PSDM-CONF-001")).contains(new Conventions.RuleOverride(null, Severity.ERROR));
        assertThat(c.waivers()).containsExactly(
                new Waiver("PSDM-RAID-002", "issue#42", "Customer owns this risk until the amendment is signed",
                        LocalDate.of(2026, 6, 30)),
                new Waiver("PSDM-EPIC-001", null, "Epics need Premium; the customer is on Free", null));
        assertThat(read(ConventionsYaml.write(c)).waivers()).isEqualTo(c.waivers());
    }

    @Test
    void unknownKeyNamesFileLineKeyAndTheKnownKeys() {
        ConventionsException e = error("""
                labels:
                  raid: [Risk]
                  sowPattern: 'SOW-\\d+'
                """);
        assertThat(e.getMessage()).startsWith(".psdm.yml:3: labels.sowPattern: unknown key (known keys in 'labels': sow, pm,");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.key()).isEqualTo("labels.sowPattern");
    }

    /**
     * A file that cannot be read as conventions, and the one-line message that names its line, its key and what is
     * wrong: the whole message, or its start where it ends in "…" (a list of known keys or a parser's detail follows).
     */
    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("tresholds:\n  maxWeight: 5\n",
                        ".psdm.yml:1: tresholds: unknown key (known top-level keys: iterationsAsMilestones, iterationZero,…"),
                Arguments.of("communicationPlan:\n  title: '(?i)communication plan'\nlabels:\n  sow: '(SOW-\\d+'\n",
                        ".psdm.yml:4: labels.sow: invalid regular expression '(SOW-\\d+': Unclosed group…"),
                Arguments.of("thresholds:\n  raidStaleDays: fourteen\n",
                        ".psdm.yml:2: thresholds.raidStaleDays: expected a whole number of at least 1, got 'fourteen'"),
                Arguments.of("thresholds:\n  raidStaleDays: 0\n",
                        ".psdm.yml:2: thresholds.raidStaleDays: expected a whole number of at least 1, got 0"),
                Arguments.of("iterationsAsMilestones: sometimes\n",
                        ".psdm.yml:1: iterationsAsMilestones: expected true or false, got 'sometimes'"),
                Arguments.of("labels:\n  raid: PS RAID Log\n",
                        ".psdm.yml:2: labels.raid: expected a list of label names…"),
                Arguments.of("labels: [a, b]\n",
                        ".psdm.yml:1: labels: expected a section with the keys [sow, pm, workflowPrefix, raid, highPriority]…"),
                Arguments.of("internalRetrospectives:\n  location: drive\n",
                        ".psdm.yml:2: internalRetrospectives.location: expected collaboration-project or internal-project, got 'drive'"),
                Arguments.of("thresholds:\n  maxWeight:\n",
                        ".psdm.yml:2: thresholds.maxWeight: has no value…"),
                // issue 25 item 4: a relative rule docs link is dead where the report is read
                Arguments.of("report:\n  ruleDocsUrl: docs/rules/\n",
                        ".psdm.yml:2: report.ruleDocsUrl: expected an absolute http(s) URL, or empty, got 'docs/rules/'"),
                Arguments.of("rules:\n  PSDM-WGT-002: {severity: critical}\n",
                        ".psdm.yml:2: rules.PSDM-WGT-002.severity: expected error, warning or info, got 'critical'"),
                Arguments.of("rules:\n  PSDM-WGT-002:\n    enable: false\n",
                        ".psdm.yml:3: rules.PSDM-WGT-002.enable: unknown key (known keys of a rule: enabled, severity)"),
                Arguments.of("waivers:\n  - rule: PSDM-RAID-002\n    subject: 'issue#42'\n",
                        ".psdm.yml:2: waivers[0].reason: a waiver needs a reason: why the team accepts the deviation"),
                Arguments.of("waivers:\n  - reason: accepted\n",
                        ".psdm.yml:2: waivers[0].rule: a waiver needs the id of the rule it waives"),
                Arguments.of("waivers:\n  - rule: PSDM-RAID-002\n    reason: ok\n    expires: next week\n",
                        ".psdm.yml:4: waivers[0].expires: expected a date such as 2026-06-30, got 'next week'"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badFiles")
    void aBadFileNamesItsLineItsKeyAndWhatIsWrong(String yaml, String message) {
        String actual = error(yaml).getMessage();
        if (message.endsWith("…")) {
            assertThat(actual).startsWith(message.substring(0, message.length() - 1));
        } else {
            assertThat(actual).isEqualTo(message);
        }
    }

    @Test
    void unknownRuleIdsFailWhenTheEngineIsBuiltWithTheirLine() {
        Conventions overrides = read("thresholds:\n  maxWeight: 5\nrules:\n  PSDM-WGT-009: {enabled: false}\n");
        assertThatThrownBy(() -> PsdmEngine.builder().conventions(overrides).build())
                .isInstanceOf(ConventionsException.class)
                .hasMessage(".psdm.yml:4: rules.PSDM-WGT-009: unknown rule id 'PSDM-WGT-009' (psdm rules lists the ids)");
        Conventions waivers = read("waivers:\n  - reason: ok\n    rule: PSDM-XYZ-001\n");
        assertThatThrownBy(() -> PsdmEngine.builder().conventions(waivers).build())
                .hasMessage(".psdm.yml:3: waivers[0].rule: unknown rule id 'PSDM-XYZ-001' (psdm rules lists the ids)");
    }

    @Test
    void yamlSyntaxErrorsAndDuplicateKeysNameTheirLine() {
        assertThat(error("labels:\n  raid: [Risk\nthresholds: {}\n").getMessage()).startsWith(".psdm.yml:").contains("invalid YAML");
        assertThat(error("labels:\n  pm: 'PM::'\n  pm: 'Lead::'\n").getMessage())
                .isEqualTo(".psdm.yml:3: labels.pm: duplicate key (first at line 2)");
    }

    @Test
    void aMissingFileIsAnError() {
        assertThatThrownBy(() -> Conventions.load(Path.of("no/such/.psdm.yml")))
                // an I/O error, not a conventions error (issue 28 item 8): a service tells "not found" from "malformed"
                .isExactlyInstanceOf(java.io.UncheckedIOException.class).hasMessage("no/such/.psdm.yml: no such file")
                .cause().isInstanceOf(java.nio.file.NoSuchFileException.class);
    }

    @Test
    void topLevelMustBeKeys() {
        assertThat(error("- labels\n").getMessage()).startsWith(".psdm.yml:1: expected keys such as 'labels:'");
    }

    /** Issue 26 item 8: a reader that fails (EIO) is an I/O error with its reason, never "invalid YAML". */
    @Test
    void aFailingReaderIsAnIoErrorNotInvalidYaml() {
        java.io.Reader failing = new java.io.Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws java.io.IOException {
                throw new java.io.IOException("Input/output error");
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> ConventionsYaml.read(failing, "team.yml"))
                .isExactlyInstanceOf(java.io.UncheckedIOException.class)
                .hasMessage("team.yml: cannot read: Input/output error")
                .hasCauseInstanceOf(java.io.IOException.class);
    }

    @Test
    void everyKeyIsListed() {
        assertThat(ConventionsYaml.keyPaths()).contains("labels.sow", "thresholds.maxWeight",
                "ceremonies.titles.weekly-status", "closeout.activities", "report.ruleDocsUrl", "rules", "waivers");
        assertThat(List.copyOf(ConventionsYaml.keyPaths())).doesNotHaveDuplicates();
    }
}
