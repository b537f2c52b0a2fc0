package dev.psdm.model.json;

import org.jspecify.annotations.Nullable;

/**
 * A snapshot file that cannot be read: the message names the file, the JSON path and what was
 * expected, e.g. {@code large.json: $.issues[3].weight: expected an integer but found "heavy" (line 40, column 17)}.
 */
public class SnapshotFormatException extends RuntimeException {
    private final String jsonPath;

    public SnapshotFormatException(String message, String jsonPath, @Nullable Throwable cause) {
        super(JsonErrors.oneLine(message), cause);
        this.jsonPath = jsonPath;
    }

    /** The JSON path of the offending value ({@code $} for the document itself). */
    public String jsonPath() {
        return jsonPath;
    }
}
