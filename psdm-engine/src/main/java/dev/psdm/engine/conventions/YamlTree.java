package dev.psdm.engine.conventions;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as maps, lists and scalars that remember their line. Jackson's own tree forgets
 * locations, and a conventions error must name the line of the offending key.
 */
final class YamlTree {
    private static final YAMLFactory YAML = new YAMLFactory();

    private YamlTree() {
    }

    sealed interface Node permits MapNode, ListNode, Scalar {
        int line();

        /** For messages: "a section", "a list", "'abc'". */
        String describe();
    }

    /** A key of a map, at its own line. */
    record Entry(String key, int line, Node value) {
    }

    record MapNode(int line, Map<String, Entry> entries) implements Node {
        @Override
        public String describe() {
            return "a section";
        }
    }

    record ListNode(int line, List<Node> items) implements Node {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A scalar with its YAML type as Jackson sees it (string, int, float, boolean, null). */
    record Scalar(int line, JsonToken token, String text) implements Node {
        boolean isNull() {
            return token == JsonToken.VALUE_NULL;
        }

        @Override
        public String describe() {
            return isNull() ? "nothing" : "'" + text + "'";
        }
    }

    /**
     * Parses the first document; an empty document is an empty map.
     *
     * @throws ConventionsException on a YAML syntax error or a duplicate key, with its line
     * @throws java.io.UncheckedIOException when the reader fails (the file's I/O error, not a YAML problem)
     */
    static Node parse(Reader reader, String file) {
        try (JsonParser parser = YAML.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new MapNode(1, Map.of());
            }
            return read(parser, first, file, "");
        } catch (JsonProcessingException e) {
            // SnakeYAML wraps a failed read of the file (EIO) as a scanner error: it is an I/O error, not bad YAML
            IOException read = readFailure(e);
            if (read != null) {
                throw new UncheckedIOException(file + ": cannot read: " + read.getMessage(), read);
            }
            throw YamlSyntax.error(file, e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The reader's own I/O failure under the parser's wrappers, or null for a YAML problem. */
    private static IOException readFailure(Throwable e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IOException io && !(t instanceof JsonProcessingException)) {
                return io;
            }
        }
        return null;
    }

    private static Node read(JsonParser p, JsonToken token, String file, String path) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Entry> entries = new LinkedHashMap<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                    String key = p.currentName();
                    int keyLine = p.currentTokenLocation().getLineNr();
                    String keyPath = path.isEmpty() ? key : path + "." + key;
                    Node value = read(p, p.nextToken(), file, keyPath);
                    if (entries.containsKey(key)) {
                        throw new ConventionsException(file, keyLine, keyPath, "duplicate key (first at line "
                                + entries.get(key).line() + ")");
                    }
                    entries.put(key, new Entry(key, keyLine, value));
                }
                return new MapNode(line, entries);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    items.add(read(p, t, file, path + "[" + items.size() + "]"));
                }
                return new ListNode(line, items);
            }
            default -> {
                // the YAML reader hands an alias (*name) over as the text "name": a value that silently
                // matches something else (issue 18: '*ac' matched "Vendor API access"). Refuse it.
                if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                    throw new ConventionsException(file, line, path.isEmpty() ? null : path, "YAML aliases ('*"
                            + p.getText() + "') are not supported: write the value out in full");
                }
                return new Scalar(line, token, token == JsonToken.VALUE_NULL ? null : p.getText());
            }
        }
    }
}
