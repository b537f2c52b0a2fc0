package dev.psdm.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.psdm.model.Snapshot;
import dev.psdm.model.UnsupportedSchemaException;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and writes the {@code psdm-snapshot/1} JSON format. Unknown fields are ignored (newer
 * writers may add some); an unknown schema version is refused; any other problem becomes a
 * {@link SnapshotFormatException} naming the JSON path.
 */
public final class SnapshotJson {
    private static final ObjectMapper MAPPER = newMapper();
    /**
     * Reading is stricter than {@link #newMapper()}: booleans are JSON booleans ({@code "false"}, {@code 0}
     * and {@code null} made PSDM-CONF-001 pass), one document per file, dates within {@link DateBounds}.
     */
    private static final ObjectReader READER = strictReader();

    private SnapshotJson() {
    }

    /** A mapper configured for psdm's JSON files: ISO dates, no nulls, stable field order. */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    private static ObjectReader strictReader() {
        ObjectMapper mapper = newMapper();
        mapper.registerModule(DateBounds.module().addDeserializer(boolean.class, new StrictBoolean()));
        return mapper.readerFor(Snapshot.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * Reads a snapshot file, refusing one too large for this JVM's heap with a clear message rather
     * than failing later with an OutOfMemoryError. The limit is a quarter of the maximum heap, or the
     * system property {@value #MAX_BYTES_PROPERTY} (bytes).
     *
     * @throws SnapshotFormatException when the file is not a valid {@code psdm-snapshot/1} (or too large)
     * @throws UncheckedIOException when it cannot be read: missing ({@link NoSuchFileException} as the cause,
     *         message {@code FILE: no such file}), unreadable, ...
     */
    public static Snapshot read(Path file) {
        try {
            long size = Files.size(file);
            long limit = maxSnapshotBytes();
            if (size > limit) {
                throw new SnapshotFormatException(String.format(java.util.Locale.ROOT,
                        "%s: the file is %d MB, more than the %d MB this JVM can safely read with its %d MB heap; "
                                + "run java with a larger -Xmx (about 4 times the file size)",
                        file, size >> 20, limit >> 20, Runtime.getRuntime().maxMemory() >> 20), "$", null);
            }
        } catch (NoSuchFileException e) {
            throw noSuchFile(file, e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw noSuchFile(file, e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A missing file is an I/O error, not a format error (issue 28 item 8): a service answers "not found"
     * for it and "unprocessable" for a {@link SnapshotFormatException}. The cause is the {@link NoSuchFileException}.
     */
    private static UncheckedIOException noSuchFile(Path file, NoSuchFileException e) {
        return new UncheckedIOException(file + ": no such file", e);
    }

    /**
     * Reads a snapshot.
     *
     * @param origin names the input in error messages (usually the file name)
     */
    public static Snapshot read(InputStream in, String origin) {
        try {
            Snapshot snapshot = READER.readValue(new GuardedInput(in, origin, maxSnapshotBytes()));
            if (snapshot == null) {
                throw new SnapshotFormatException(origin + ": $: the file is empty", "$", null);
            }
            return SnapshotChecks.check(snapshot, origin);
        } catch (GuardedInput.Refused e) {
            throw new SnapshotFormatException(e.getMessage(), "$", e);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof GuardedInput.Refused refused) {
                throw new SnapshotFormatException(refused.getMessage(), "$", refused);
            }
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
                // two concatenated documents: which one would be "the" snapshot is anybody's guess
                throw new SnapshotFormatException(origin + ": $: more than one JSON document: something follows the snapshot's"
                        + " closing brace" + JsonErrors.where(e), "$", e);
            }
            String path = JsonErrors.jsonPath(e);
            // The schema check runs when the whole object is read, so its location (the object's end) would mislead.
            String where = e.getCause() instanceof UnsupportedSchemaException ? "" : JsonErrors.where(e);
            throw new SnapshotFormatException(origin + ": " + path + ": " + JsonErrors.describe(e) + where, path, e);
        } catch (JsonProcessingException e) {
            throw new SnapshotFormatException(origin + ": not valid JSON: "
                    + JsonErrors.withoutSourceDetails(e.getOriginalMessage()) + JsonErrors.where(e), "$", e);
        } catch (CharConversionException e) {
            // bytes that are not text in any encoding Jackson detects (found by fuzzing): a format error, not I/O
            throw new SnapshotFormatException(origin + ": not valid JSON text (expected UTF-8): "
                    + JsonErrors.withoutSourceDetails(e.getMessage()), "$", e);
        } catch (IOException e) {
            throw new UncheckedIOException(origin + ": " + e.getMessage(), e);
        }
    }

    /** System property that overrides the size limit of {@link #read(Path)}, in bytes. */
    public static final String MAX_BYTES_PROPERTY = "psdm.maxSnapshotBytes";

    static long maxSnapshotBytes() {
        String configured = System.getProperty(MAX_BYTES_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            try {
                long bytes = Long.parseLong(configured.trim());
                if (bytes > 0) {
                    return bytes;
                }
            } catch (NumberFormatException e) {
                // the message below says what is expected
            }
            throw new SnapshotFormatException("-D" + MAX_BYTES_PROPERTY + "=" + JsonErrors.oneLine(configured)
                    + ": expected a positive number of bytes, e.g. 2000000000", "$", null);
        }
        return Runtime.getRuntime().maxMemory() / 4;
    }

    public static void write(Snapshot snapshot, OutputStream out) {
        try {
            MAPPER.writeValue(out, snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toJson(Snapshot snapshot) {
        try {
            return MAPPER.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
