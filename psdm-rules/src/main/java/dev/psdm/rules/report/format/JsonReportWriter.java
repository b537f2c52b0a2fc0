package dev.psdm.rules.report.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.psdm.model.json.SnapshotJson;
import dev.psdm.rules.report.Report;

import java.io.IOException;
import java.io.Writer;

/** The {@code psdm-report/1} JSON contract (see ARCHITECTURE.md): stable field order, ISO instants, LF line ends. */
public final class JsonReportWriter implements ReportWriter {
    // LF on every OS, so the same report is byte-identical wherever it is written.
    private static final ObjectWriter WRITER = SnapshotJson.newMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    @Override
    public void write(Report report, Writer out) throws IOException {
        WRITER.writeValue(out, report);
        out.write('\n');
    }
}
