package dev.psdm.examples.embedded;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.psdm.engine.PsdmEngine;
import dev.psdm.model.json.SnapshotJson;
import dev.psdm.report.Report;
import dev.psdm.report.format.JsonReportWriter;
import dev.psdm.report.json.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consumer that stores psdm reports (or hands them to a service in another language) checks each one
 * against the published contract, {@code psdm-report-1.schema.json} in psdm-report's jar, with an
 * off-the-shelf JSON Schema validator (networknt, draft 2020-12). docs/embedding.md shows this code.
 */
class ReportSchemaTest {
    private static final Path LARGE = Path.of("..", "snapshots", "large-project.json");

    @TempDir
    Path dir;

    // tag::schema[]
    /** The published contract, read from psdm-report's jar (draft 2020-12; "format" checked too). */
    static JsonSchema reportSchema() throws IOException {
        try (InputStream in = ReportJson.class.getResourceAsStream(ReportJson.SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in,
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
    }
    // end::schema[]

    @Test
    void aWrittenReportValidatesAgainstThePublishedSchema() throws IOException {
        PsdmEngine engine = PsdmEngine.builder().build();
        Path file = dir.resolve("report.json");
        // tag::validate[]
        Report report = engine.evaluate(SnapshotJson.read(LARGE));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new JsonReportWriter().write(report, out);
        }
        Set<ValidationMessage> problems = reportSchema().validate(Files.readString(file), InputFormat.JSON);
        // end::validate[]

        assertThat(problems).isEmpty();
        assertThat(Files.readString(file)).contains("\"schema\" : \"psdm-report/1\"", "\"PSDM-IT0-001\"");
    }

    @Test
    void theSchemaRejectsAReportThatBreaksTheContract() throws IOException {
        String json = new JsonReportWriter().render(PsdmEngine.builder().build().evaluate(SnapshotJson.read(LARGE)));
        JsonSchema schema = reportSchema();

        // another format version, a status the contract does not know, an instant that is not one
        assertThat(schema.validate(json.replace("\"psdm-report/1\"", "\"psdm-report/2\""), InputFormat.JSON))
                .extracting(ValidationMessage::getMessage).containsExactly("/schema: must be the constant value 'psdm-report/1'");
        assertThat(schema.validate(json.replaceFirst("\"status\" : \"FAIL\"", "\"status\" : \"MAYBE\""), InputFormat.JSON))
                .isNotEmpty();
        assertThat(schema.validate(json.replaceFirst("\"asOf\" : \"[^\"]+\"", "\"asOf\" : \"yesterday\""), InputFormat.JSON))
                .isNotEmpty();
    }
}
