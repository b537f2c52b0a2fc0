package dev.psdm.engine;

import dev.psdm.report.EvidenceItem;
import dev.psdm.report.Finding;
import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Status;
import dev.psdm.report.format.FormatOptions;
import dev.psdm.report.format.ReportFormat;
import dev.psdm.report.json.ReportJson;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence (issue 29) as the engine assembles it: a custom rule attaches it through {@code findings} (the
 * example of docs/writing-rules.md, compiled here), every rule gets its settings and what it looked at, an
 * evaluation without evidence reaches the same verdicts, and the JSON is the same bytes run after run.
 */
class EvidenceTest {
    /** docs/writing-rules.md, "Evidence": the rule and its evidence clause. */
    private static final String TEAM_PLAN = """
            package team.rules;
            import dev.psdm.engine.facts.CeremonyKind;
            import dev.psdm.engine.facts.DeliveryIteration;
            global dev.psdm.engine.Findings findings;

            rule "TEAM-PLAN-001 Planning within three days"
                @id("TEAM-PLAN-001")
                @title("Planning within three days")
                @severity("INFO")
                @appliesTo("ALL")
                @requires("iterations,issues")
                @source("Team agreement")
                @config("thresholds.planningDaysBefore")
            when
                $iteration : DeliveryIteration( !zero, started, !hasCeremony(CeremonyKind.PLANNING, 3) )
            then
                findings.fail(drools, $iteration.subject(), $iteration.title() + " was not planned.");
            end

            rule "TEAM-PLAN-001 evidence"
                @id("TEAM-PLAN-001")
                @part("evidence")
            when
                $iteration : DeliveryIteration( !zero, started )
            then
                findings.lookedAt(drools, "delivery iterations started by the as-of date");
                if ($iteration.hasCeremony(CeremonyKind.PLANNING, 3)) {
                    findings.satisfied(drools, $iteration.subject(), null, $iteration.title() + " has a planning record");
                } else {
                    findings.nearMiss(drools, $iteration.subject(), null, $iteration.title() + ": no planning record within 3 days");
                }
            end
            """;
    private static final PsdmEngine ENGINE = PsdmEngine.builder().addRules(TEAM_PLAN, "team-plan.drl").build();

    @Test
    void aCustomRuleAttachesEvidenceToItsFindingsAndItsResult() {
        RuleResult result = ENGINE.evaluate(Samples.large()).result("TEAM-PLAN-001").orElseThrow();
        assertThat(result.status()).isEqualTo(Status.FAIL);
        Finding iteration4 = result.findings().stream().filter(f -> "Iteration 4".equals(f.subject().title())).findFirst()
                .orElseThrow();
        // on its finding, the item no longer repeats what it is about
        assertThat(iteration4.evidence()).containsExactly(new EvidenceItem(EvidenceItem.Kind.NEAR_MISS, null, null,
                "Iteration 4: no planning record within 3 days"));
        assertThat(result.evidence().items()).extracting(EvidenceItem::kind).containsOnly(EvidenceItem.Kind.SATISFIED);
        assertThat(result.evidence().items()).extracting(EvidenceItem::text)
                .contains("Iteration 1 has a planning record", "Iteration 5 has a planning record")
                .doesNotContain("Iteration 4 has a planning record");
        // what every rule gets without saying it: the required records and its settings with their values
        assertThat(result.evidence().lookedAt()).containsExactly("12 iterations in the snapshot", "93 issues in the snapshot",
                "delivery iterations started by the as-of date");
        assertThat(result.evidence().setting("thresholds.planningDaysBefore")).isEqualTo("3");
    }

    @Test
    void withoutEvidenceTheVerdictsAndFindingsAreTheSame() {
        Report with = ENGINE.evaluate(Samples.large());
        Report without = ENGINE.evaluate(Samples.large(), EvaluationOptions.defaults().withoutEvidence());
        assertThat(without.results()).allSatisfy(r -> {
            assertThat(r.evidence()).isNull();
            assertThat(r.findings()).allSatisfy(f -> assertThat(f.evidence()).isNull());
        });
        assertThat(without.results()).isEqualTo(with.results().stream().map(EvidenceTest::stripped).toList());
        assertThat(with.results()).filteredOn(r -> r.ruleId().startsWith("PSDM-")).allSatisfy(r -> assertThat(r.evidence())
                .as("%s has evidence", r.ruleId()).isNotNull());
    }

    @Test
    void theJsonIsTheSameBytesRunAfterRunAndReadsBack() throws Exception {
        String first = json(ENGINE.evaluate(Samples.large()));
        String second = json(PsdmEngine.builder().addRules(TEAM_PLAN, "team-plan.drl").build().evaluate(Samples.large()));
        assertThat(second).isEqualTo(first);
        Report read = ReportJson.newMapper().readValue(first, Report.class);
        assertThat(json(read)).isEqualTo(first);
    }

    private static RuleResult stripped(RuleResult r) {
        List<Finding> findings = r.findings().stream().map(f -> f.withEvidence(null)).toList();
        return r.with(r.status(), r.severity(), findings).withEvidence(null);
    }

    private static String json(Report report) throws Exception {
        StringWriter out = new StringWriter();
        ReportFormat.JSON.writer(FormatOptions.defaults()).write(report, out);
        return out.toString();
    }
}
