package dev.psdm.report;

import dev.psdm.model.json.SnapshotJson;
import dev.psdm.engine.EvaluationOptions;
import dev.psdm.engine.PsdmEngine;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.report.Waiver;
import dev.psdm.rules.testing.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WaiversTest {
    private static final LocalDate AS_OF = LocalDate.parse("2026-05-15");
    private static Report large;

    @BeforeAll
    static void evaluate() {
        large = Samples.large();
    }

    private static Finding finding(Report report, String ruleId, String subjectKey) {
        return report.result(ruleId).orElseThrow().findings().stream()
                .filter(f -> f.subject().key().equals(subjectKey)).findFirst().orElseThrow();
    }

    private static Waiver waiver(String rule, String subject) {
        return new Waiver(rule, subject, "accepted by the steering committee", null);
    }

    @Test
    void waivingEveryErrorTurnsAFailingRunIntoAPassingOneAtFailOnError() {
        assertThat(large.hasFailureAtOrAbove(Severity.ERROR)).isTrue();

        Report waived = Waivers.apply(large, List.of(waiver("PSDM-IT0-001", null), waiver("PSDM-RAID-002", "issue#91")), AS_OF);

        assertThat(waived.hasFailureAtOrAbove(Severity.ERROR)).isFalse();
        assertThat(waived.hasFailureAtOrAbove(Severity.WARNING)).as("the unwaived warnings still fail").isTrue();
        assertThat(finding(waived, "PSDM-RAID-002", "issue#91").waiver())
                .isEqualTo(new AppliedWaiver("accepted by the steering committee", null));
        assertThat(finding(waived, "PSDM-RAID-002", "issue#89").waiver()).as("only the waived subject").isNull();
        assertThat(waived.notices()).isEmpty();
    }

    @Test
    void ruleWhoseEveryFindingIsWaivedIsWaivedAndCountedAsSuch() {
        Report waived = Waivers.apply(large, List.of(waiver("PSDM-WGT-001", null)), AS_OF);

        RuleResult wgt = waived.result("PSDM-WGT-001").orElseThrow();
        assertThat(wgt.status()).isEqualTo(Status.WAIVED);
        assertThat(wgt.findings()).hasSize(2).allMatch(Finding::isWaived);
        Summary before = large.summary();
        assertThat(waived.summary()).isEqualTo(new Summary(before.pass(), before.fail() - 1, before.notApplicable(),
                before.notEvaluated(), 1));
    }

    @Test
    void partlyWaivedRuleStaysFailedAtTheSeverityOfWhatIsLeft() {
        Report waived = Waivers.apply(large, List.of(waiver("PSDM-RAID-002", "issue#91")), AS_OF);

        RuleResult raid = waived.result("PSDM-RAID-002").orElseThrow();
        assertThat(raid.status()).isEqualTo(Status.FAIL);
        assertThat(raid.severity()).as("#91 (ERROR) is waived, #89 (WARNING) is left").isEqualTo(Severity.WARNING);
    }

    @Test
    void waiverHoldsThroughItsExpiryDayAndIsReportedAfterIt() {
        Waiver lastDay = new Waiver("PSDM-IT0-001", null, "kickoff held outside GitLab", AS_OF);
        Waiver dayBefore = new Waiver("PSDM-IT0-001", null, "kickoff held outside GitLab", AS_OF.minusDays(1));

        Report holding = Waivers.apply(large, List.of(lastDay), AS_OF);
        assertThat(holding.result("PSDM-IT0-001").orElseThrow().status()).isEqualTo(Status.WAIVED);
        assertThat(holding.notices()).isEmpty();

        Report expired = Waivers.apply(large, List.of(dayBefore), AS_OF);
        assertThat(expired.result("PSDM-IT0-001").orElseThrow().status()).isEqualTo(Status.FAIL);
        assertThat(expired.hasFailureAtOrAbove(Severity.ERROR)).isTrue();
        assertThat(expired.notices()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Notice.Kind.WAIVER_EXPIRED);
            assertThat(n.ruleId()).isEqualTo("PSDM-IT0-001");
            assertThat(n.message()).contains("expired on 2026-05-14", "kickoff held outside GitLab");
        });
    }

    @Test
    void waiverThatMatchesNothingIsReportedAsUnused() {
        Report report = Waivers.apply(large, List.of(waiver("PSDM-RAID-002", "issue#999"), waiver("PSDM-CER-003", null),
                waiver("PSDM-XYZ-001", null)), AS_OF);

        assertThat(report.notices()).extracting(Notice::kind).containsOnly(Notice.Kind.WAIVER_UNUSED);
        assertThat(report.notices()).extracting(Notice::ruleId, Notice::subjectKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PSDM-CER-003", null),
                org.assertj.core.groups.Tuple.tuple("PSDM-RAID-002", "issue#999"),
                org.assertj.core.groups.Tuple.tuple("PSDM-XYZ-001", null));
        assertThat(report.notices().get(2).message()).contains("no rule PSDM-XYZ-001 ran");
        assertThat(report.results()).isEqualTo(large.results());
    }

    @Test
    void anUnusedWaiverSuggestsTheSubjectKeyItProbablyMeant() {
        // "subject: 89" matched nothing and said only "remove it, or correct its rule id or subject" (issue 26 item 10)
        Report report = Waivers.apply(large, List.of(waiver("PSDM-RAID-002", "89"), waiver("PSDM-RAID-002", "issue#999")), AS_OF);
        assertThat(report.notices()).extracting(Notice::message).containsExactly(
                "Waiver of PSDM-RAID-002 for 89 matches no finding (did you mean subject 'issue#89'?): remove it, or correct"
                        + " its rule id or subject.",
                "Waiver of PSDM-RAID-002 for issue#999 matches no finding: remove it, or correct its rule id or subject.");
    }

    @Test
    void hashNumberIsShortForAnIssue() {
        Report report = Waivers.apply(large, List.of(waiver("PSDM-WGT-001", "#69")), AS_OF);
        assertThat(finding(report, "PSDM-WGT-001", "issue#69").isWaived()).isTrue();
        assertThat(finding(report, "PSDM-WGT-001", "issue#81").isWaived()).isFalse();
    }

    @Test
    void theMostSpecificWaiverGivesTheReasonAndBothCountAsUsed() {
        Waiver ruleWide = new Waiver("PSDM-WGT-001", null, "weights come later", null);
        Waiver specific = new Waiver("PSDM-WGT-001", "issue#81", "estimated in discovery", LocalDate.parse("2026-06-01"));

        Report report = Waivers.apply(large, List.of(ruleWide, specific), AS_OF);

        assertThat(finding(report, "PSDM-WGT-001", "issue#81").waiver().describe()).isEqualTo("estimated in discovery (until 2026-06-01)");
        assertThat(finding(report, "PSDM-WGT-001", "issue#69").waiver().reason()).isEqualTo("weights come later");
        assertThat(report.notices()).isEmpty();
    }

    @Test
    void withoutWaiversTheReportIsUntouched() {
        assertThat(Waivers.apply(large, List.of(), AS_OF)).isSameAs(large);
    }

    @Test
    void theEngineAppliesTheConventionsWaiversAsOfTheEvaluationDay() {
        PsdmEngine engine = PsdmEngine.builder()
                .conventions(Conventions.defaults().withWaivers(List.of(waiver("PSDM-RAID-002", null)))).build();

        Report report = engine.evaluate(SnapshotJson.read(Samples.LARGE), EvaluationOptions.asOf(Samples.LARGE_AS_OF));

        assertThat(report.result("PSDM-RAID-002").orElseThrow().status()).isEqualTo(Status.WAIVED);
        assertThat(report.summary().waived()).isEqualTo(1);
    }
}
