package dev.psdm.examples.embedded;

import dev.psdm.engine.EvaluationOptions;
import dev.psdm.engine.PsdmEngine;
import dev.psdm.model.Snapshot;
import dev.psdm.report.Report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A service that checks many collaboration projects at once, as a portfolio dashboard would: one engine,
 * built once, shared by a pool of threads.
 */
public final class ComplianceService implements AutoCloseable {
    // tag::service[]
    private final PsdmEngine engine = PsdmEngine.builder().build();   // once: building it loads the rules
    private final ExecutorService pool;

    public ComplianceService(int threads) {
        this.pool = Executors.newFixedThreadPool(threads);
    }

    /** Checks every snapshot on the pool, as of one instant; each evaluation runs in its own Drools session. */
    public List<Report> checkAll(List<Snapshot> snapshots, Instant asOf) throws InterruptedException {
        EvaluationOptions options = EvaluationOptions.asOf(asOf);
        List<Future<Report>> pending = new ArrayList<>();
        for (Snapshot snapshot : snapshots) {
            pending.add(pool.submit(() -> engine.evaluate(snapshot, options)));
        }
        List<Report> reports = new ArrayList<>();
        for (Future<Report> report : pending) {
            try {
                reports.add(report.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("checking a snapshot failed: " + e.getCause(), e.getCause());
            }
        }
        return reports;
    }
    // end::service[]

    /** The engine the service shares, for callers that also want its rule catalog. */
    public PsdmEngine engine() {
        return engine;
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
