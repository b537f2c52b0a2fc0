package dev.psdm.engine;

import dev.psdm.report.RuleDescriptor;

import dev.psdm.model.DataGap;
import dev.psdm.model.Snapshot;
import dev.psdm.engine.InvalidRulesException.Problem;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.report.Finding;
import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Severity;
import dev.psdm.report.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.psdm.rules.testing.TeamDrl.HEADER;
import static dev.psdm.rules.testing.TeamDrl.required;
import static dev.psdm.rules.testing.TeamDrl.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CustomRulesTest {
    private static final URL TEAM_RULES = CustomRulesTest.class.getResource("custom/team-rules.drl");
    // Compiling DRL takes about a second: one engine for the whole class (it is immutable).
    private static final PsdmEngine ENGINE = PsdmEngine.builder().addRules(TEAM_RULES).build();

    @Test
    void customRulesJoinTheCatalogAndTheReport() {
        assertThat(ENGINE.rules()).extracting(RuleDescriptor::id)
                .contains("PSDM-RAID-002", "TEAM-RAID-001", "TEAM-SML-001")
                .isSorted();
        RuleDescriptor team = ENGINE.rules().stream().filter(r -> r.id().equals("TEAM-RAID-001")).findFirst().orElseThrow();
        assertThat(team.title()).isEqualTo("Open RAID items have a due date");
        assertThat(team.requires()).containsExactly("issues");

        Report report = ENGINE.evaluate(Samples.large());
        RuleResult result = report.result("TEAM-RAID-001").orElseThrow();
        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.severity()).isEqualTo(Severity.WARNING);
        assertThat(result.findings()).extracting(f -> f.subject().iid()).containsExactly(86L, 88L, 89L, 90L, 91L);
        assertThat(result.findings()).extracting(Finding::message).contains("RAID item #86 has no due date.");
        // The bundled rules still run beside them.
        assertThat(report.result("PSDM-RAID-002")).get().extracting(RuleResult::status).isEqualTo(Status.FAIL);
    }

    @Test
    void appliesToAndRequiresWorkForCustomRulesAsForBundledOnes() {
        assertThat(ENGINE.evaluate(Samples.large()).result("TEAM-SML-001")).get()
                .extracting(RuleResult::status).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(ENGINE.evaluate(Samples.small()).result("TEAM-SML-001")).get()
                .extracting(RuleResult::status).isEqualTo(Status.PASS);
        Snapshot withoutEpics = withGap(Samples.small(), new DataGap(DataGap.EPICS, "403 Forbidden"));
        assertThat(ENGINE.evaluate(withoutEpics).result("TEAM-SML-001")).get()
                .extracting(RuleResult::status, RuleResult::reason)
                .containsExactly(Status.NOT_EVALUATED, "the snapshot lacks epics: 403 Forbidden");
    }

    @Test
    void aRuleWhoseConsequenceThrowsIsNamedInTheException() {
        PsdmEngine engine = PsdmEngine.builder().addDrl("""
                package team.rules;
                import dev.psdm.engine.facts.ProjectContext;
                global dev.psdm.engine.Findings findings;

                rule "TEAM-BOOM-001 Explodes"
                    @id("TEAM-BOOM-001") @title("Explodes") @severity("INFO") @appliesTo("ALL")
                    @source("test") @why("test") @passes("never") @fails("always")
                when
                    $p : ProjectContext()
                then
                    throw new IllegalStateException("boom in " + $p.project().name());
                end
                """).build();
        Snapshot small = Samples.small();

        assertThatThrownBy(() -> engine.evaluate(small))
                .isInstanceOfSatisfying(RuleFailedException.class, e -> assertThat(e.ruleId()).isEqualTo("TEAM-BOOM-001"))
                .hasMessage("rule TEAM-BOOM-001 (\"TEAM-BOOM-001 Explodes\") in inline DRL #1 failed on " + small.project().pathWithNamespace()
                        + ": IllegalStateException: boom in " + small.project().name())
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void partClausesReportUnderTheirRule() {
        Snapshot noRaid = Samples.small();
        noRaid = new Snapshot(noRaid.schema(), noRaid.source(), noRaid.fetchedAt(), noRaid.project(), noRaid.group(),
                noRaid.iterations(), noRaid.milestones(), noRaid.labels(),
                noRaid.issues().stream().filter(i -> !i.hasLabel("PS RAID Log")).toList(),
                noRaid.epics(), noRaid.boards(), noRaid.wikiPages(), noRaid.gaps());
        assertThat(ENGINE.evaluate(noRaid).result("TEAM-RAID-001")).get()
                .extracting(RuleResult::status, RuleResult::reason)
                .containsExactly(Status.NOT_APPLICABLE, "no open RAID items");
    }

    @Test
    void conventionsAndBuilderOverridesApplyToCustomRules() {
        PsdmEngine disabled = ENGINE.withConventions(Conventions.defaults()
                .withRules(Map.of("TEAM-RAID-001", new Conventions.RuleOverride(false, null))));
        assertThat(disabled.evaluate(Samples.large()).result("TEAM-RAID-001")).isEmpty();

        PsdmEngine asErrors = PsdmEngine.builder().addRules(TEAM_RULES).severity("TEAM-RAID-001", Severity.ERROR)
                .severity("PSDM-RAID-002", Severity.INFO).build();
        Report report = asErrors.evaluate(Samples.large());
        assertThat(report.result("TEAM-RAID-001").orElseThrow().findings()).extracting(Finding::severity)
                .containsOnly(Severity.ERROR);
        // A builder override wins over the rule's own per-finding severity (ERROR for high-priority items).
        assertThat(report.result("PSDM-RAID-002").orElseThrow().severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void severityOverrideOfAnUnknownRuleIsRejected() {
        assertThatThrownBy(() -> PsdmEngine.builder().severity("TEAM-NOPE-001", Severity.ERROR).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TEAM-NOPE-001");
    }

    @Test
    void syntaxErrorNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path file = write(dir, "team.drl", HEADER + """
                rule "TEAM-X-001 broken"
                    @id("TEAM-X-001") @title("t") @severity("WARNING") @appliesTo("ALL") @source("s")
                whenn
                    $item : RaidItem( open )
                then
                end
                """);
        InvalidRulesException e = buildFails(PsdmEngine.builder().addRules(file));
        Problem first = e.problems().get(0);
        assertThat(first.source()).isEqualTo(file.toString());
        assertThat(first.line()).isEqualTo(6);
        assertThat(e.getMessage()).startsWith(file + ":6:").doesNotContain("\n");
    }

    @Test
    void typeErrorNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path file = write(dir, "team.drl", HEADER + rule("TEAM-X-001 unknown field", required("TEAM-X-001"),
                "$item : RaidItem( open, owner == null )", "findings.fail(drools, $item.subject(), \"no owner\");"));
        InvalidRulesException e = buildFails(PsdmEngine.builder().addRules(file));
        assertThat(e.getMessage()).startsWith(file + ":").contains("owner").doesNotContain("\n");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void errorInTheConsequenceIsACompileErrorToo() {
        InvalidRulesException e = buildFails(PsdmEngine.builder().addDrl(HEADER + rule("TEAM-X-001 bad call",
                required("TEAM-X-001"), "$item : RaidItem( open )", "findings.flag(drools, $item.subject(), \"no owner\");")));
        assertThat(e.getMessage()).startsWith("inline DRL #1:").contains("flag");
    }

    @Test
    void unreadableFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nope.drl");
        assertThat(buildFails(PsdmEngine.builder().addRules(missing)).getMessage())
                .isEqualTo(missing + ": cannot read: no such file");
    }

    @Test
    void bundledRuleIdsCannotBeReused() {
        String drl = HEADER + rule("mine", required("PSDM-RAID-002"), "RaidItem( open )", "")
                + rule("sneaky part", "@id(\"PSDM-IT0-001\") @part(\"extra\")", "$item : RaidItem( open )",
                        "findings.fail(drools, $item.subject(), \"reported under another rule's id\");");
        assertThat(buildFails(PsdmEngine.builder().addDrl(drl)).problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("PSDM-RAID-002 of a bundled rule"))
                .anySatisfy(m -> assertThat(m).contains("PSDM-IT0-001 of a bundled rule"));
    }

    @Test
    void customIdsMustBeUniqueAcrossFiles() {
        InvalidRulesException e = buildFails(PsdmEngine.builder()
                .addDrl((HEADER + rule("one", required("TEAM-X-001"), "RaidItem( open )", "")).replace("team.rules", "team.a"))
                .addDrl((HEADER + rule("two", required("TEAM-X-001"), "RaidItem( open )", "")).replace("team.rules", "team.b")));
        assertThat(e.getMessage()).contains("TEAM-X-001").contains("already declared in inline DRL #");
    }

    @Test
    void missingMetadataIsNamedOnce() {
        InvalidRulesException e = buildFails(PsdmEngine.builder().addDrl(HEADER
                + rule("TEAM-X-001 no source", required("TEAM-X-001").replace(" @source(\"s\")", ""), "RaidItem( open )", "")
                + rule("TEAM-X-001 second clause", "@id(\"TEAM-X-001\") @part(\"not applicable\")", "not RaidItem( open )", "")));
        assertThat(e.getMessage()).isEqualTo("inline DRL #1: rule 'TEAM-X-001 no source' (team.rules) lacks the "
                + "@source metadata every rule must declare");
    }

    @Test
    void badMetadataValueIsNamed() {
        InvalidRulesException e = buildFails(PsdmEngine.builder().addDrl(HEADER
                + rule("TEAM-X-001 odd severity", required("TEAM-X-001", "BLOCKER"), "RaidItem( open )", "")));
        assertThat(e.getMessage()).contains("inline DRL #1").contains("unknown severity 'BLOCKER'");
    }

    @Test
    void anAudienceOtherThanCustomerOrInternalIsNamed() {
        InvalidRulesException e = buildFails(PsdmEngine.builder().addDrl(HEADER + raidRule("TEAM-X-001", "@audience(\"steering\")")));
        assertThat(e.getMessage()).contains("inline DRL #1").contains("@audience(\"steering\")")
                .contains("'steering' is not one of internal, customer");
    }

    @Test
    void aRuleThatDoesNotSayItsAudienceIsInternal() {
        PsdmEngine engine = PsdmEngine.builder().addDrl(HEADER + raidRule("TEAM-X-001", "")
                + raidRule("TEAM-X-002", "@audience(\"Customer\")")).build();
        assertThat(engine.rules()).filteredOn(r -> r.id().startsWith("TEAM-"))
                .extracting(r -> r.id() + " " + r.audience())
                .containsExactly("TEAM-X-001 INTERNAL", "TEAM-X-002 CUSTOMER");
    }

    /** A rule on open RAID items with the required metadata and these extra keys. */
    private static String raidRule(String id, String extraMetadata) {
        return rule(id, required(id) + " " + extraMetadata, "RaidItem( open )", "");
    }

    @Test
    void partWithoutItsRuleIsRejected() {
        InvalidRulesException e = buildFails(PsdmEngine.builder().addDrl(HEADER + rule("orphan",
                "@id(\"TEAM-X-009\") @part(\"not applicable\")", "not RaidItem()", "findings.notApplicable(drools, \"none\");")));
        assertThat(e.getMessage()).contains("is a @part of TEAM-X-009 but no rule declares");
    }

    @Test
    void findingsGlobalMustBeDeclared() {
        InvalidRulesException e = buildFails(PsdmEngine.builder().addDrl(HEADER.replace("global dev.psdm.engine.Findings findings;\n", "")
                + rule("TEAM-X-001 silent", required("TEAM-X-001"), "RaidItem( open )", "")));
        assertThat(e.getMessage()).contains("global dev.psdm.engine.Findings findings;");
    }

    @Test
    void enginesWithDifferentCustomRulesLiveSideBySide() {
        PsdmEngine other = PsdmEngine.builder().addDrl(HEADER + rule("TEAM-OTHER-001", required("TEAM-OTHER-001", "INFO"),
                "$item : RaidItem( open )", "findings.fail(drools, $item.subject(), \"seen\");")).build();
        assertThat(other.rules()).extracting(RuleDescriptor::id).contains("TEAM-OTHER-001").doesNotContain("TEAM-RAID-001");
        assertThat(ENGINE.rules()).extracting(RuleDescriptor::id).doesNotContain("TEAM-OTHER-001");
        assertThat(other.evaluate(Samples.small()).result("TEAM-OTHER-001")).get()
                .extracting(RuleResult::status).isEqualTo(Status.FAIL);
        assertThat(PsdmEngine.builder().build().rules()).extracting(RuleDescriptor::id)
                .allMatch(id -> id.startsWith("PSDM-"));
    }

    private static InvalidRulesException buildFails(PsdmEngine.Builder builder) {
        return catchThrowableOfType(InvalidRulesException.class, builder::build);
    }

    private static Path write(Path dir, String name, String drl) throws IOException {
        return Files.writeString(dir.resolve(name), drl);
    }

    private static Snapshot withGap(Snapshot s, DataGap gap) {
        return new Snapshot(s.schema(), s.source(), s.fetchedAt(), s.project(), s.group(), s.iterations(),
                s.milestones(), s.labels(), s.issues(), s.epics(), s.boards(), s.wikiPages(), List.of(gap));
    }
}
