package dev.psdm.report.format;

import dev.psdm.report.Report;

import java.io.IOException;
import java.io.Writer;

/** Renders a report in one output format. Implementations are stateless and thread-safe. */
public interface ReportWriter {

    /** Writes the report. Never closes the writer. */
    void write(Report report, Writer out) throws IOException;

    /** The report as a string. */
    default String render(Report report) {
        var out = new java.io.StringWriter();
        try {
            write(report, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }
}
