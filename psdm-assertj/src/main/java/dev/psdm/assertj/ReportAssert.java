package dev.psdm.assertj;

import dev.psdm.report.Report;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link Report}, from {@code assertThat(report)}:
 * <pre>{@code
 * assertThat(report).hasFailed("PSDM-RAID-002").on(issue(12), issue(40));
 * assertThat(report).hasPassed("PSDM-IT0-001").passesGate(FailOn.ERROR);
 * }</pre>
 * To add a team's own assertions, extend {@link AbstractReportAssert}.
 */
public class ReportAssert extends AbstractReportAssert<ReportAssert> {

    /** Public for AssertJ's soft-assertion proxies, which subclass it. */
    public ReportAssert(@Nullable Report actual) {
        super(actual, ReportAssert.class);
    }
}
