package dev.psdm.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed JSON Schema describes what the reader reads and the writer writes. */
class SnapshotSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonSchema schema() throws Exception {
        try (InputStream in = SnapshotSchemaTest.class.getResourceAsStream("/dev/psdm/model/psdm-snapshot-1.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"large-project.json", "small-project.json"})
    void sampleSnapshotsAndTheirRoundTripMatchTheSchema(String name) throws Exception {
        Path file = Path.of("..", "examples", "snapshots", name);
        JsonNode original = MAPPER.readTree(Files.readString(file));
        Set<ValidationMessage> errors = schema().validate(original);
        assertThat(errors).isEmpty();

        JsonNode written = MAPPER.readTree(SnapshotJson.toJson(SnapshotJson.read(file)));
        assertThat(schema().validate(written)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"schema\":\"psdm-snapshot/2\"}", "{\"schema\":\"psdm-snapshot/1\",\"fetchedAt\":\"x\",\"project\":{\"id\":1},\"issues\":[{\"iid\":\"a\"}]}"})
    void schemaRejectsWhatTheReaderRejects(String json) throws Exception {
        assertThat(schema().validate(MAPPER.readTree(json))).isNotEmpty();
    }
}
