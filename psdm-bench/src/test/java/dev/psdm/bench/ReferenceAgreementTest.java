package dev.psdm.bench;

import dev.psdm.model.DataGap;
import dev.psdm.model.Snapshot;
import dev.psdm.engine.EvaluationOptions;
import dev.psdm.engine.PsdmEngine;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.report.Finding;
import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plain-Java reference is only a fair limit if it computes the same thing: on generated
 * snapshots of every shape, it must give the DRL rules' statuses and findings (rule id, status,
 * subject key and severity of each finding).
 */
class ReferenceAgreementTest {
    private static PsdmEngine engine;
    private static final PlainJavaReference REFERENCE = new PlainJavaReference(Conventions.defaults());

    @BeforeAll
    static void engine() {
        engine = EvaluateBenchmark.headlineEngine();
    }

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("large, Iteration 0", SnapshotSpec.of(2_000, 1)),
                Arguments.of("large, no Iteration 0", SnapshotSpec.of(2_000, 2).withIterationZero(false)),
                Arguments.of("large, cadence iterations, Iteration 0 by its kickoff issue",
                        SnapshotSpec.of(1_500, 3).withCadenceIterations(true)),
                Arguments.of("large, cadence iterations, no Iteration 0",
                        SnapshotSpec.of(1_500, 4).withCadenceIterations(true).withIterationZero(false)),
                Arguments.of("large, sparse ceremonies", SnapshotSpec.of(3_000, 5).withCeremonyCoverage(0.3)),
                Arguments.of("large, no ceremonies at all", SnapshotSpec.of(800, 6).withCeremonyCoverage(0)),
                Arguments.of("large, no standup record, wiki unreadable", SnapshotSpec.of(1_000, 8).withWikiGap(true)),
                Arguments.of("large, standup record, wiki unreadable", SnapshotSpec.of(1_000, 9).withWikiGap(true)),
                Arguments.of("large, RAID-heavy and mostly unweighted",
                        SnapshotSpec.of(2_000, 7).withRaidShare(0.5).withUnweightedShare(0.8)),
                Arguments.of("small, weekly status", SnapshotSpec.small(600, 10)),
                Arguments.of("small, missed weekly statuses", SnapshotSpec.small(600, 11).withCeremonyCoverage(0.5)),
                Arguments.of("small, no Iteration 0, no RAID", SnapshotSpec.small(300, 12).withIterationZero(false).withRaidShare(0)),
                Arguments.of("no iterations", SnapshotSpec.of(200, 13).withIterations(0).withIterationZero(false)),
                Arguments.of("only Iteration 0", SnapshotSpec.of(200, 14).withIterations(0)),
                Arguments.of("no issues", SnapshotSpec.of(0, 15)),
                Arguments.of("tiny", SnapshotSpec.of(20, 16)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void plainJavaReferenceGivesTheDrlRulesFindings(String shape, SnapshotSpec spec) {
        assertAgreement(shape, SnapshotGenerator.generate(spec), SnapshotGenerator.asOf(spec));
    }

    @ParameterizedTest
    @ValueSource(strings = {DataGap.ISSUES, DataGap.ITERATIONS})
    void plainJavaReferenceGivesTheDrlRulesFindingsWhenDataIsMissing(String resource) {
        SnapshotSpec spec = SnapshotSpec.of(500, 21);
        Snapshot s = SnapshotGenerator.generate(spec);
        Snapshot withGap = new Snapshot(s.schema(), s.source(), s.fetchedAt(), s.project(), s.group(), s.iterations(),
                s.milestones(), s.labels(), s.issues(), s.epics(), s.boards(), s.wikiPages(),
                List.of(new DataGap(resource, "403 Forbidden")));
        assertAgreement(resource + " unreadable", withGap, SnapshotGenerator.asOf(spec));
    }

    private static void assertAgreement(String shape, Snapshot snapshot, Instant asOf) {

        Report report = engine.evaluate(snapshot, EvaluationOptions.asOf(asOf));
        List<PlainJavaReference.Outcome> reference = REFERENCE.evaluate(snapshot, asOf);

        List<String> drl = new ArrayList<>();
        for (RuleResult result : report.results()) {
            if (PlainJavaReference.RULE_IDS.contains(result.ruleId())) {
                drl.addAll(lines(result.ruleId(), result.status(), result.findings()));
            }
        }
        List<String> plain = new ArrayList<>();
        for (PlainJavaReference.Outcome outcome : reference) {
            plain.addAll(lines(outcome.ruleId(), outcome.status(), outcome.findings()));
        }
        assertThat(plain).as("plain-Java reference vs DRL on %s", shape).containsExactlyElementsOf(drl);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void theReferenceCoversEveryHeadlineRule(String shape, SnapshotSpec spec) {
        Snapshot snapshot = SnapshotGenerator.generate(spec);
        assertThat(REFERENCE.evaluate(snapshot, SnapshotGenerator.asOf(spec)))
                .extracting(PlainJavaReference.Outcome::ruleId)
                .containsExactlyElementsOf(PlainJavaReference.RULE_IDS);
    }

    private static List<String> lines(String ruleId, Status status, List<Finding> findings) {
        List<String> lines = new ArrayList<>();
        lines.add(ruleId + " " + status);
        for (Finding f : findings) {
            lines.add(ruleId + " " + f.subject().key() + " " + f.severity());
        }
        return lines;
    }
}
