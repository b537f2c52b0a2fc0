package dev.psdm.report.format;

import dev.psdm.report.json.JsonOutput;

import dev.psdm.report.Report;

import java.io.IOException;
import java.io.Writer;

/**
 * The {@code psdm-report/1} JSON contract (see ARCHITECTURE.md): stable field order, ISO instants, LF
 * line ends. Waivers, baselines and notices only add fields ({@code finding.waiver},
 * {@code finding.baseline}, {@code summary.waived}, {@code notices}), left out when unused, so a report
 * of a project without them is the same as before they existed.
 */
public final class JsonReportWriter implements ReportWriter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        JsonOutput.write(report, out);
    }
}
