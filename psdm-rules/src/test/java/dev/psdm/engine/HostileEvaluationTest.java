package dev.psdm.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.psdm.model.Issue;
import dev.psdm.model.Snapshot;
import dev.psdm.model.json.SnapshotJson;
import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Status;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Issue 18 items 7 and 11: data that made rules pass must leave them NOT_EVALUATED, and a custom
 * rule that never returns must end the evaluation with one line naming it.
 */
class HostileEvaluationTest {

    /** A rule that never returns; psdm-cli's HostileInputCliTest runs it too (through this module's test-jar). */
    private static final String LOOPING = "dev/psdm/engine/custom/looping-rule.drl";

    @Test
    void aCustomRuleThatLoopsEndsWithItsNameWithinTheBudget() throws InterruptedException {
        PsdmEngine engine = PsdmEngine.builder().addRulesFromClasspath(LOOPING).build();
        long started = System.nanoTime();
        RuleTimeoutException e = catchThrowableOfType(
                () -> engine.evaluate(Samples.small(), EvaluationOptions.defaults().withRuleTimeout(Duration.ofSeconds(1))),
                RuleTimeoutException.class);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(e).isNotNull();
        assertThat(e.ruleId()).isEqualTo("TEAM-LOOP-001");
        assertThat(e.getMessage()).startsWith("rule TEAM-LOOP-001 (\"TEAM-LOOP-001 spins\") did not finish within 1 s on ")
                .contains("--rule-timeout").doesNotContain("\n");
        assertThat(took).isLessThan(Duration.ofSeconds(15));
        // on Java 17 the busy thread is stopped, not left to burn a core for the rest of the JVM's life
        if (Runtime.version().feature() < 20) {
            Thread.sleep(300);
            assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName).doesNotContain("psdm-evaluation");
        }
    }

    @Test
    void withinItsBudgetAnEvaluationIsUnchanged() {
        PsdmEngine engine = PsdmEngine.builder().build();
        Report plain = engine.evaluate(Samples.large());
        Report timed = engine.evaluate(Samples.large(), EvaluationOptions.defaults().withRuleTimeout(Duration.ofMinutes(5)));
        assertThat(timed).isEqualTo(plain);
    }

    @Test
    void aRaidItemUpdatedAfterTheAsOfDateIsNotEvaluatedRatherThanFresh() {
        Snapshot small = Samples.small();
        List<Issue> issues = new ArrayList<>();
        for (Issue i : small.issues()) {
            // GitLab data updated "in 2999": as fresh as can be, if taken at its word
            issues.add(i.iid() != 20 ? i : new Issue(i.id(), i.iid(), i.title(), i.description(), i.state(), i.createdAt(),
                    Instant.parse("2999-01-01T00:00:00Z"), i.closedAt(), i.dueDate(), i.labels(), i.assignees(), i.weight(),
                    i.iterationId(), i.milestoneId(), i.epicIid(), i.confidential(), i.webUrl()));
        }
        Snapshot hostile = new Snapshot(small.schema(), small.source(), small.fetchedAt(), small.project(), small.group(),
                small.iterations(), small.milestones(), small.labels(), issues, small.epics(), small.boards(),
                small.wikiPages(), small.gaps());

        RuleResult result = PsdmEngine.builder().build().evaluate(hostile).result("PSDM-RAID-002").orElseThrow();
        assertThat(result.status()).isEqualTo(Status.NOT_EVALUATED);
        assertThat(result.reason()).contains("RAID item #20 was last updated after the as-of date (2999-01-01T00:00:00Z)");
    }

    @Test
    void aMegabyteOfHostileTextCostsAFixedMultipleOfANormalEvaluation() {
        Snapshot small = Samples.small();
        List<Issue> issues = new ArrayList<>();
        for (Issue i : small.issues()) {
            // every description 1 MB of blank lines (the old acceptance pattern: quadratic), every title
            // "iteration" and 50,000 spaces (the old ceremony patterns: quadratic)
            issues.add(new Issue(i.id(), i.iid(), "iteration" + " ".repeat(50_000) + i.title(), "\n".repeat(1 << 20),
                    i.state(), i.createdAt(), i.updatedAt(), i.closedAt(), i.dueDate(), i.labels(), i.assignees(), i.weight(),
                    i.iterationId(), i.milestoneId(), i.epicIid(), i.confidential(), i.webUrl()));
        }
        Snapshot hostile = new Snapshot(small.schema(), small.source(), small.fetchedAt(), small.project(), small.group(),
                small.iterations(), small.milestones(), small.labels(), issues, small.epics(), small.boards(),
                small.wikiPages(), small.gaps());
        PsdmEngine engine = PsdmEngine.builder().build();
        long normal = bestOfThree(() -> engine.evaluate(small));
        long withHostileText = bestOfThree(() -> engine.evaluate(hostile));
        // 21 issues x 1 MB is 21 MB of text to scan once: linear, a few hundred ms; quadratic, hours
        assertThat(Duration.ofNanos(withHostileText)).isLessThan(Duration.ofNanos(20 * normal).plusSeconds(3));
    }

    private static long bestOfThree(Runnable evaluation) {
        long best = Long.MAX_VALUE;
        for (int k = 0; k < 3; k++) {
            long started = System.nanoTime();
            evaluation.run();
            best = Math.min(best, System.nanoTime() - started);
        }
        return best;
    }

    @Test
    void issuesPlannedIntoAnAbsentIterationLeaveTheIterationRulesNotEvaluated() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode tree = mapper.readTree(Files.readString(Path.of("..", "examples", "snapshots", "large-project.json")));
        for (JsonNode issue : tree.get("issues")) {
            if (issue.hasNonNull("iterationId")) {
                ((ObjectNode) issue).put("iterationId", 987654321L); // an iteration of another group, or one lost
            }
        }
        Snapshot hostile = SnapshotJson.read(new ByteArrayInputStream(mapper.writeValueAsBytes(tree)), "large.json");

        Report report = PsdmEngine.builder().build().evaluate(hostile);
        for (String id : List.of("PSDM-BKL-001", "PSDM-WGT-001")) {
            RuleResult result = report.result(id).orElseThrow();
            assertThat(result.status()).as(id).isEqualTo(Status.NOT_EVALUATED);
            assertThat(result.reason()).as(id).contains("planned into 1 iteration the snapshot does not hold")
                    .endsWith("so a pass cannot be vouched for");
        }
    }
}
