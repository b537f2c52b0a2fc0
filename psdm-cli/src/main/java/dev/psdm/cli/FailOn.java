package dev.psdm.cli;

import dev.psdm.report.PortfolioReport;
import dev.psdm.report.Report;
import dev.psdm.report.Severity;

/** {@code --fail-on}: the lowest severity of a failing rule that makes the exit code 1. */
enum FailOn {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), INFO(Severity.INFO), NEVER(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    int exitCode(Report report) {
        return threshold != null && report.hasFailureAtOrAbove(threshold) ? ExitCode.FAILED : ExitCode.OK;
    }

    /** 1 when any project of the scan fails at or above the threshold. */
    int exitCode(PortfolioReport portfolio) {
        return threshold != null && portfolio.hasFailureAtOrAbove(threshold) ? ExitCode.FAILED : ExitCode.OK;
    }
}
