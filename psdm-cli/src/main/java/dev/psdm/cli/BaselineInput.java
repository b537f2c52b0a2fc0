package dev.psdm.cli;

import dev.psdm.model.Snapshot;
import dev.psdm.report.baseline.Baseline;
import dev.psdm.report.baseline.BaselineFile;
import dev.psdm.report.baseline.BaselineFormatException;
import dev.psdm.report.baseline.BaselineProjectException;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * {@code psdm check --baseline FILE}: the baseline read before the (slower) evaluation, so that a missing or
 * wrong file fails fast and is never created, and held to the project it was recorded for.
 */
final class BaselineInput {
    private BaselineInput() {
    }

    static Baseline read(Path file) {
        return InputFiles.read(file, "--baseline", InputFiles.maxBaselineBytes(), BaselineFormatException.class,
                "psdm-baseline", "a baseline (make one with psdm baseline)", BaselineFile::read);
    }

    /**
     * Issue 25 item 7: a baseline is bound to the project it was recorded for; another project's would pass its
     * findings as known. An older baseline names no project id: applied as it is, with a line saying so (on
     * {@code err}, unless {@code quiet}).
     */
    static void requireSameProject(Baseline known, Path file, Snapshot loaded, boolean quiet, PrintWriter err) {
        try {
            known.requireProject(loaded.project().id(), loaded.project().pathWithNamespace());
        } catch (BaselineProjectException e) {
            throw new UserError("--baseline " + file + ": " + e.getMessage(), e);
        }
        if (known.projectId() == null && !quiet) {
            err.println("psdm: note: --baseline " + file + " names no project id (recorded by an older psdm); applied to "
                    + loaded.project().pathWithNamespace() + " as it is; record it again with psdm baseline to bind it");
            err.flush();
        }
    }
}
