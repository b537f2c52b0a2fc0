package dev.psdm.assertj;

import dev.psdm.engine.PsdmEngine;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.report.Severity;
import dev.psdm.rules.testing.TeamDrl;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.psdm.assertj.PsdmAssertions.assertThat;
import static dev.psdm.assertj.PsdmAssertions.assertThatIllegalArgumentException;
import static dev.psdm.assertj.PsdmAssertions.assertThatThrownBy;
import static dev.psdm.assertj.PsdmAssertions.catchThrowableOfType;
import static dev.psdm.assertj.SnapshotFixture.project;
import static dev.psdm.assertj.SubjectRef.issue;

class RuleVerifierTest {
    private static final RuleVerifier RAID_002 = RuleVerifier.forRule("PSDM-RAID-002");
    private static final String TEAM_RAID_009 = TeamDrl.HEADER + TeamDrl.rule("TEAM-RAID-009",
            TeamDrl.required("TEAM-RAID-009", "INFO"), "$item : RaidItem( open, daysSinceUpdate > 3 )",
            "findings.fail(drools, $item.subject(), \"older than 3 days\");");

    @Test
    void wrongOutcomeNamesTheRuleExpectedAndActualWithSubjects() {
        AssertionError e = catchThrowableOfType(AssertionError.class, () -> RAID_002
                .given(project().small().issue(i -> i.iid(12).title("Vendor access").raid().updatedDaysAgo(20)))
                .passes());
        assertThat(e).hasMessageContainingAll("Expecting PSDM-RAID-002 to be:", "<PASS>", "<FAIL>",
                "issue #12: RAID item #12 'Vendor access' last updated 20 days ago (limit 14).");
    }

    @Test
    void descriptionNamesTheCase() {
        for (int days : new int[]{15, 30}) {
            AssertionError e = catchThrowableOfType(AssertionError.class, () -> RAID_002
                    .given(project().small().issue(i -> i.iid(3).raid().updatedDaysAgo(days)))
                    .isNotApplicable(days + " days"));
            assertThat(e).hasMessageStartingWith("[" + days + " days] ");
        }
        AssertionError onSubjects = catchThrowableOfType(AssertionError.class, () -> RAID_002
                .given(project().small().issue(i -> i.iid(3).raid().updatedDaysAgo(15)))
                .fails("stale item").on(issue(4)));
        assertThat(onSubjects).hasMessageStartingWith("[stale item] ").hasMessageContaining("(missing: [issue #4]");
    }

    @Test
    void asOfMovesTheClock() {
        var fixture = project().small().issue(i -> i.iid(7).raid().updatedDaysAgo(10));
        RAID_002.given(fixture).passes();
        RAID_002.given(fixture).asOf(Instant.parse("2026-03-25T12:00:00Z")).fails().on(issue(7));
    }

    @Test
    void unknownRuleIdListsTheRules() {
        assertThatIllegalArgumentException().isThrownBy(() -> RuleVerifier.forRule("PSDM-NOPE-001"))
                .withMessageContainingAll("no rule with id PSDM-NOPE-001", "PSDM-RAID-002");
    }

    @Test
    void verifiesCustomRulesAndKeepsThemUnderOtherConventions() {
        PsdmEngine engine = PsdmEngine.builder().addDrl(TEAM_RAID_009).build();
        RuleVerifier team = RuleVerifier.forRule("TEAM-RAID-009", engine);
        team.given(project().small().issue(i -> i.iid(5).raid().updatedDaysAgo(4))).fails().on(issue(5));

        Conventions asErrors = Conventions.defaults()
                .withRules(Map.of("TEAM-RAID-009", new Conventions.RuleOverride(null, Severity.ERROR)));
        team.withConventions(asErrors).given(project().small().issue(i -> i.iid(5).raid().updatedDaysAgo(4)))
                .fails().on(issue(5)).withSeverity(Severity.ERROR);
    }

    /**
     * Issue 28 item 1: a sibling custom rule that throws, in its consequence or in its condition, errored the
     * test of an unrelated rule, because the verifier evaluated the whole engine. Only the rule under test runs now.
     */
    @Test
    void aThrowingSiblingRuleDoesNotMatter() {
        PsdmEngine engine = PsdmEngine.builder().addDrl(TEAM_RAID_009
                + TeamDrl.rule("TEAM-BOOM-001", TeamDrl.required("TEAM-BOOM-001", "INFO"),
                        "dev.psdm.engine.facts.ProjectContext()", "throw new IllegalStateException(\"boom in the consequence\");")
                + TeamDrl.rule("TEAM-BOOM-002", TeamDrl.required("TEAM-BOOM-002", "INFO"),
                        "RaidItem( eval( Integer.parseInt(\"not a number\") > 0 ) )", "findings.fail(drools, null, \"never\");"))
                .build();
        var fixture = project().small().issue(i -> i.iid(5).raid().updatedDaysAgo(20));
        // the whole engine cannot evaluate this snapshot: the siblings throw
        assertThatThrownBy(() -> engine.evaluate(fixture.build())).isInstanceOf(RuntimeException.class);

        RuleVerifier.forRule("TEAM-RAID-009", engine).given(fixture).fails().on(issue(5));
        RuleVerifier.forRule("PSDM-RAID-002", engine).given(fixture).fails().on(issue(5));
        assertThat(engine.onlyRules(List.of("TEAM-RAID-009")).evaluate(fixture.build()).results())
                .extracting(r -> r.ruleId()).containsExactly("TEAM-RAID-009");
    }
}
