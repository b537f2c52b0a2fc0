package dev.psdm.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * How psdm writes JSON files (report, Code Quality, SARIF, baseline): the report mapper's settings
 * (ISO dates, no nulls, stable field order), two-space indentation and LF line ends on every OS, so
 * the same content is byte-identical wherever it is written.
 */
public final class JsonOutput {
    private static final ObjectMapper MAPPER = ReportJson.newMapper();
    private static final ObjectWriter WRITER = MAPPER.copy()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
            .with(new InertEscapes());

    /**
     * Issue 22 item 8: DEL, the C1 controls (U+0085 is a line break to some readers, U+009B a terminal's
     * CSI), the line and paragraph separators and the invisible format characters (bidi overrides and
     * isolates, zero-width characters, the BOM) are written as JSON {@code \\uXXXX} escapes: the values are
     * unchanged, but no such character stands raw in a file someone may {@code cat} or open in an editor.
     */
    static final class InertEscapes extends CharacterEscapes {
        private static final int[] ASCII = standardAsciiEscapesForJSON();

        static {
            ASCII[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            boolean inert = (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029
                    || (!Character.isSurrogate((char) c) && Character.getType(c) == Character.FORMAT);
            return inert ? new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04X", c)) : null;
        }
    }

    private JsonOutput() {
    }

    /** A new, empty JSON object to build a document in (fields keep insertion order). */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** A new, empty JSON array. */
    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** The value as a JSON tree, serialised as {@link #write} would (the portfolio writer nests reports). */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** Writes the value and a final newline. */
    public static void write(Object value, Writer out) throws IOException {
        WRITER.writeValue(out, value);
        out.write('\n');
    }

    /** The value as JSON with a final newline. */
    public static String toJson(Object value) {
        try {
            return WRITER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
