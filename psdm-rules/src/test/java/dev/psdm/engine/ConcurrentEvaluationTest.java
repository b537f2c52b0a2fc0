package dev.psdm.engine;

import dev.psdm.model.Snapshot;
import dev.psdm.report.format.JsonReportWriter;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** One engine, bundled and custom rules, shared by 8 threads: every report equals the one computed alone. */
class ConcurrentEvaluationTest {
    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentEvaluationTest.class);
    private static final int THREADS = 8;
    private static final int REPORTS_PER_THREAD = 50;

    @Test
    void eightThreadsGetIdenticalReportsFromOneEngine() throws Exception {
        PsdmEngine engine = PsdmEngine.builder()
                .addRules(ConcurrentEvaluationTest.class.getResource("custom/team-rules.drl"))
                .build();
        JsonReportWriter json = new JsonReportWriter();
        List<Snapshot> snapshots = List.of(Samples.large(), Samples.small());
        List<String> expected = snapshots.stream().map(s -> json.render(engine.evaluate(s))).toList();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        long started;
        List<Future<List<String>>> futures = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                Callable<List<String>> task = () -> {
                    start.await();
                    List<String> reports = new ArrayList<>(REPORTS_PER_THREAD);
                    for (int k = 0; k < REPORTS_PER_THREAD; k++) {
                        reports.add(json.render(engine.evaluate(snapshots.get((offset + k) % 2))));
                    }
                    return reports;
                };
                futures.add(pool.submit(task));
            }
            started = System.nanoTime();
            start.countDown();
            for (int t = 0; t < THREADS; t++) {
                List<String> reports = futures.get(t).get(2, TimeUnit.MINUTES);
                assertThat(reports).hasSize(REPORTS_PER_THREAD);
                for (int k = 0; k < REPORTS_PER_THREAD; k++) {
                    assertThat(reports.get(k)).as("thread %d, report %d", t, k).isEqualTo(expected.get((t + k) % 2));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        LOG.info("{} threads x {} reports on one engine: {} ms", THREADS, REPORTS_PER_THREAD,
                (System.nanoTime() - started) / 1_000_000);
        assertThat(expected.get(0)).contains("\"ruleId\" : \"TEAM-RAID-001\"").contains("\"status\" : \"FAIL\"");
    }
}
