package dev.psdm.cli;

import dev.psdm.model.Issue;
import dev.psdm.model.Iteration;
import dev.psdm.model.Project;
import dev.psdm.model.Snapshot;
import dev.psdm.engine.EvaluationOptions;
import dev.psdm.engine.PsdmEngine;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Builds the engine on a second thread while the command reads its input.
 *
 * <p>In a cold JVM, {@code psdm check} spends most of its time loading classes: ~0.25 s for the
 * rule base (Drools), ~0.4 s reading the snapshot (Jackson), ~0.1 s more on the first evaluation
 * (the session and the rules' code). The rule base needs nothing from the snapshot, so it is built
 * here, and then one evaluation of a tiny built-in snapshot loads the evaluation's code, all while
 * the main thread reads the snapshot. With a second core that hides most of the rules' start-up
 * (docs/PERFORMANCE.md); with one core it costs only the few milliseconds the tiny evaluation takes.
 */
final class EngineLoader {
    private static final Duration WARM_UP_BUDGET = Duration.ofSeconds(10);
    private final CompletableFuture<PsdmEngine> engine;

    private EngineLoader(CompletableFuture<PsdmEngine> engine) {
        this.engine = engine;
    }

    static EngineLoader start(Supplier<PsdmEngine> builder) {
        return new EngineLoader(CompletableFuture.supplyAsync(() -> {
            PsdmEngine built = builder.get();
            warmUp(built);
            return built;
        }, EngineLoader::daemon));
    }

    /** The engine, or what building it threw, as if it had been built on this thread. */
    PsdmEngine join() {
        try {
            return engine.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Runs the evaluation once on a project of one iteration and one issue; the result is thrown away. */
    private static void warmUp(PsdmEngine engine) {
        try {
            Instant at = Instant.parse("2026-01-20T12:00:00Z");
            LocalDate start = LocalDate.parse("2026-01-05");
            Snapshot tiny = Snapshot.builder(new Project(1, "warm-up", "warm-up", null, null, at, false), at)
                    .iterations(List.of(new Iteration(1, 1L, null, "Iteration 1", null, null, start, start.plusDays(13), null)))
                    .issues(List.of(new Issue(1L, 1, "Warm-up", null, "opened", at, at, null, null, List.of("PS RAID Log"),
                            List.of(), null, 1L, null, null, false, null)))
                    .build();
            // bounded: a custom rule that loops would hold this thread, and the command waiting for it, forever
            engine.evaluate(tiny, EvaluationOptions.defaults().withRuleTimeout(WARM_UP_BUDGET));
        } catch (RuntimeException ignored) {
            // Only a head start: the real evaluation reports any problem.
        }
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "psdm-engine-loader");
        thread.setDaemon(true);
        thread.start();
    }
}
