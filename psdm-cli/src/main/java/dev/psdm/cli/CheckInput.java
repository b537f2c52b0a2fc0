package dev.psdm.cli;

import dev.psdm.model.Snapshot;
import dev.psdm.model.json.SnapshotFormatException;
import dev.psdm.model.json.SnapshotJson;
import dev.psdm.rules.EvaluationOptions;
import dev.psdm.rules.PsdmEngine;
import dev.psdm.rules.conventions.Conventions;
import dev.psdm.rules.report.Report;
import picocli.CommandLine.Option;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * What a command evaluates: where the snapshot comes from, as of when, and with which conventions.
 * A picocli mixin shared by {@code check} and {@code baseline}, so an option added here (a GitLab URL
 * as snapshot source, a conventions file) reaches both commands.
 */
final class CheckInput {

    @Option(names = "--snapshot", paramLabel = "FILE", required = true,
            description = "Snapshot JSON file (psdm-snapshot/1) to check.")
    Path snapshot;

    @Option(names = "--as-of", paramLabel = "ISO", converter = AsOfConverter.class,
            description = "Evaluation date or instant (default: the snapshot's fetchedAt). A date means 00:00 UTC.")
    Instant asOf;

    /** The snapshot to evaluate. */
    Snapshot loadSnapshot() {
        return readSnapshot(snapshot);
    }

    /** The conventions (and so the waivers) to apply: the handbook's defaults until a conventions file option exists. */
    Conventions conventions() {
        return Conventions.defaults();
    }

    /** The engine for these conventions. */
    PsdmEngine engine() {
        return PsdmEngine.builder().conventions(conventions()).build();
    }

    /** Evaluates the snapshot with the engine; the conventions' waivers are applied by the engine. */
    Report evaluate(PsdmEngine engine) {
        Snapshot loaded = loadSnapshot();
        return engine.evaluate(loaded, asOf == null ? EvaluationOptions.defaults() : EvaluationOptions.asOf(asOf));
    }

    static Snapshot readSnapshot(Path file) {
        try {
            return SnapshotJson.read(file);
        } catch (SnapshotFormatException e) {
            throw new UserError(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new UserError("cannot read " + file + ": " + e.getCause().getMessage(), e);
        }
    }
}
