package dev.psdm.cli;

import dev.psdm.report.PortfolioReport;
import dev.psdm.report.Report;
import dev.psdm.report.Severity;
import picocli.CommandLine;

/**
 * {@code --fail-on}: the lowest severity of a failing rule that makes the exit code 1. The report carries
 * the same threshold ({@link dev.psdm.report.FailOn}, {@code gate.failOn}) so every format states the
 * verdict the exit code gives.
 */
enum FailOn {
    ERROR(dev.psdm.report.FailOn.ERROR), WARNING(dev.psdm.report.FailOn.WARNING), INFO(dev.psdm.report.FailOn.INFO),
    NEVER(dev.psdm.report.FailOn.NEVER);

    private final dev.psdm.report.FailOn policy;

    FailOn(dev.psdm.report.FailOn policy) {
        this.policy = policy;
    }

    /** The report's form of the threshold. */
    dev.psdm.report.FailOn policy() {
        return policy;
    }

    /** The report judged at this threshold: what every format writes and the exit code follows. */
    Report gate(Report report) {
        return report.gatedAt(policy);
    }

    /** The exit code of the report's gate at this threshold (0 or 1; an incomplete run is CheckCommand's: exit 2 unless --allow-incomplete). */
    int exitCode(Report report) {
        Severity threshold = policy.threshold();
        return threshold != null && report.hasFailureAtOrAbove(threshold) ? ExitCode.FAILED : ExitCode.OK;
    }

    /** 1 when any project of the scan fails at or above the threshold. */
    int exitCode(PortfolioReport portfolio) {
        Severity threshold = policy.threshold();
        return threshold != null && portfolio.hasFailureAtOrAbove(threshold) ? ExitCode.FAILED : ExitCode.OK;
    }

    /** picocli's enum conversion is case-sensitive on values; accept {@code ERROR} and {@code error}. */
    static final class Converter implements CommandLine.ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            try {
                return FailOn.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not one of error, warning, info, never");
            }
        }
    }
}
