package dev.psdm.examples.setup;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.model.Issue;
import dev.psdm.model.Snapshot;
import dev.psdm.engine.EvaluationOptions;
import dev.psdm.engine.PsdmEngine;
import dev.psdm.report.SizeClass;
import dev.psdm.report.Report;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static dev.psdm.assertj.PsdmAssertions.assertThat;
import static dev.psdm.assertj.SubjectRef.issue;

/**
 * Unit tests of a piece of delivery tooling that assert, with psdm-assertj, that what it creates
 * follows the PSDM: compliant when created, and the ceremonies it schedules are the ones the
 * handbook asks for by the time they are due.
 */
class ProjectSetupGeneratorTest {
    // tag::setup[]
    private static final PsdmEngine PSDM = PsdmEngine.builder().build();  // one per test class: it is immutable
    // end::setup[]

    private static final LocalDate KICKOFF = LocalDate.of(2026, 6, 1);
    private static final ProjectSetupGenerator GENERATOR =
            new ProjectSetupGenerator("https://gitlab.example.com", "ps/customers/initech");

    private static Engagement engagement(int deliveryIterations) {
        return new Engagement("Initech", "SOW-2041", "jdoe", KICKOFF, deliveryIterations,
                List.of("Repository migration", "CI/CD templates"));
    }

    private static Snapshot plan(int deliveryIterations) {
        return GENERATOR.plan(engagement(deliveryIterations), KICKOFF.minusDays(1).atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    private static Report checkAsOf(Snapshot plan, LocalDate date) {
        return PSDM.evaluate(plan, EvaluationOptions.asOf(date.atTime(18, 0).toInstant(ZoneOffset.UTC)));
    }

    // tag::compliant[]
    @Test
    void newProjectIsPsdmCompliantFromTheStart() {
        Snapshot plan = GENERATOR.plan(engagement(8), Instant.parse("2026-05-31T12:00:00Z"));

        Report report = PSDM.evaluate(plan, EvaluationOptions.defaults());

        assertThat(report).hasNoFailures()
                .hasSize(SizeClass.LARGE)
                .hasPassed("PSDM-IT0-001");
    }
    // end::compliant[]

    @Test
    void largeEngagementGetsTheFullIterationScheduleEveryIteration() {
        Snapshot plan = plan(8);
        LocalDate lastDay = plan.iterations().get(plan.iterations().size() - 1).dueDate();

        assertThat(checkAsOf(plan, lastDay.plusDays(1)))
                .hasSize(SizeClass.LARGE)
                .hasPassed("PSDM-IT0-001", "PSDM-CER-001", "PSDM-CER-002", "PSDM-CER-003", "PSDM-CER-004",
                        "PSDM-CER-005", "PSDM-WGT-001")
                .isNotApplicable("PSDM-CER-006");
    }

    @Test
    void smallEngagementReportsWeeklyInstead() {
        Snapshot plan = plan(3);
        LocalDate lastDay = plan.iterations().get(plan.iterations().size() - 1).dueDate();

        Report report = checkAsOf(plan, lastDay.plusDays(1));

        assertThat(report).hasSize(SizeClass.SMALL).hasPassed("PSDM-IT0-001", "PSDM-CER-006");
        assertThat(report).isNotApplicable("PSDM-CER-001").withReasonContaining("LARGE");
    }

    @Test
    void twoMonthsMakeAProjectLargeEvenWithFewIterations() {
        assertThat(PSDM.evaluate(plan(5))).as("Iteration 0 and 5 iterations span 12 weeks").hasSize(SizeClass.LARGE);
    }

    // tag::verifier[]
    @Test
    void seededRiskIsARealRaidItemThatGoesStaleIfNobodyUpdatesIt() {
        Snapshot plan = plan(4);
        long risk = plan.issues().stream().filter(i -> i.title().startsWith("Risk:")).mapToLong(Issue::iid)
                .findFirst().orElseThrow();
        RuleVerifier raid = RuleVerifier.forRule("PSDM-RAID-002", PSDM);

        raid.given(plan).asOf(at(KICKOFF.plusDays(12))).passes("twelve days after planning");
        raid.given(plan).asOf(at(KICKOFF.plusDays(14))).fails("fifteen days after planning")
                .on(issue(risk))
                .withMessageContainingOn(issue(risk), "last updated 15 days ago (limit 14)");
    }
    // end::verifier[]

    private static Instant at(LocalDate date) {
        return date.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }
}
