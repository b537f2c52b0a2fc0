package dev.psdm.report.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.psdm.model.json.JsonErrors;
import dev.psdm.report.json.ReportJson;
import dev.psdm.report.json.JsonOutput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and writes {@code psdm-baseline/1} files. Reading never creates a file: a missing baseline is
 * an error, so a CI run cannot silently freeze today's failures (ArchUnit's
 * {@code allowStoreCreation=false}).
 */
public final class BaselineFile {
    private static final ObjectMapper MAPPER = ReportJson.newMapper();

    private BaselineFile() {
    }

    /** The baseline as JSON: sorted, two-space indented, LF line ends, a final newline. */
    public static String toJson(Baseline baseline) {
        return JsonOutput.toJson(baseline);
    }

    /**
     * Reads a baseline.
     *
     * @throws BaselineFormatException when the file is not JSON, or not {@code psdm-baseline/1}
     * @throws UncheckedIOException when it cannot be read: a missing file ({@link NoSuchFileException} as the
     *         cause) is an I/O error, not a format error (issue 28 item 8), as for snapshots and conventions
     */
    public static Baseline read(Path file) {
        try {
            String json = Files.readString(file);
            if (json.isBlank()) {
                throw new BaselineFormatException(file + ": the file is empty");
            }
            Baseline baseline = MAPPER.readValue(json, Baseline.class);
            if (baseline == null) {
                throw new BaselineFormatException(file + ": the file holds null, not a baseline");
            }
            return baseline;
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException(file + ": no such baseline file (create one with 'psdm baseline')", e);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof BaselineFormatException bad) {
                throw new BaselineFormatException(file + ": " + bad.getMessage(), e);
            }
            throw new BaselineFormatException(file + ": " + JsonErrors.jsonPath(e) + ": " + JsonErrors.describe(e)
                    + JsonErrors.where(e), e);
        } catch (JsonProcessingException e) {
            throw new BaselineFormatException(file + ": not valid JSON: " + e.getOriginalMessage() + JsonErrors.where(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
