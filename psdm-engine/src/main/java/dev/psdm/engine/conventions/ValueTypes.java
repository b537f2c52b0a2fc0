package dev.psdm.engine.conventions;

import com.fasterxml.jackson.core.JsonToken;
import dev.psdm.engine.conventions.ConventionKeys.Type;
import dev.psdm.engine.conventions.ConventionKeys.Where;
import dev.psdm.engine.conventions.YamlTree.ListNode;
import dev.psdm.engine.conventions.YamlTree.MapNode;
import dev.psdm.engine.conventions.YamlTree.Node;
import dev.psdm.engine.conventions.YamlTree.Scalar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The value types of {@code .psdm.yml} keys (and of {@link Setting}s): how each is read from YAML, with an
 * error naming file, line and key, and printed back. Apart from {@link ConventionKeys} so that a rule
 * family's {@code Setting} constants can be created without loading the list of keys, which loads the
 * families' settings in turn.
 */
final class ValueTypes {
    private ValueTypes() {
    }

    // ---- value types ----

    static final Type<Boolean> BOOL = new Type<>() {
        @Override
        public Boolean parse(Node node, Where where) {
            Scalar s = scalar(node, where, "true or false");
            if (s.token() != JsonToken.VALUE_TRUE && s.token() != JsonToken.VALUE_FALSE) {
                throw where.error("expected true or false, got " + s.describe());
            }
            return s.token() == JsonToken.VALUE_TRUE;
        }

        @Override
        public String render(Boolean value, String indent) {
            return value.toString();
        }
    };

    static Type<Integer> wholeNumber(int min) {
        return new Type<>() {
            @Override
            public Integer parse(Node node, Where where) {
                Scalar s = scalar(node, where, "a whole number");
                String expected = "a whole number of at least " + min;
                if (s.token() != JsonToken.VALUE_NUMBER_INT) {
                    throw where.error("expected " + expected + ", got " + s.describe());
                }
                int value;
                try {
                    value = Integer.parseInt(s.text());
                } catch (NumberFormatException e) {
                    throw where.error("expected " + expected + ", got " + s.describe());
                }
                if (value < min) {
                    throw where.error("expected " + expected + ", got " + value);
                }
                return value;
            }

            @Override
            public String render(Integer value, String indent) {
                return value.toString();
            }
        };
    }

    static final Type<String> TEXT = new Type<>() {
        @Override
        public String parse(Node node, Where where) {
            return text(node, where, "a text");
        }

        @Override
        public String render(String value, String indent) {
            return quote(value);
        }
    };

    /** An absolute http(s) URL, or empty: a link read where the report is read must not be relative. */
    static final Type<String> WEB_URL = new Type<>() {
        @Override
        public String parse(Node node, Where where) {
            String expected = "an absolute http(s) URL, or empty";
            Scalar s = scalar(node, where, expected);
            String v = s.text() == null ? "" : s.text().strip();
            String lower = v.toLowerCase(java.util.Locale.ROOT);
            if (s.token() != JsonToken.VALUE_STRING
                    || !v.isEmpty() && !(lower.startsWith("https://") || lower.startsWith("http://"))) {
                throw where.error("expected " + expected + ", got " + s.describe());
            }
            return v;
        }

        @Override
        public String render(String value, String indent) {
            return quote(value);
        }
    };

    static final Type<Pattern> REGEX = new Type<>() {
        @Override
        public Pattern parse(Node node, Where where) {
            return regex(text(node, where, "a regular expression"), where);
        }

        @Override
        public String render(Pattern value, String indent) {
            return quote(value.pattern());
        }
    };

    static final Type<List<String>> LABELS = new Type<>() {
        @Override
        public List<String> parse(Node node, Where where) {
            if (!(node instanceof ListNode list)) {
                throw where.error("expected a list of label names, e.g. ['PS RAID Log'], got " + node.describe());
            }
            List<String> labels = new ArrayList<>();
            for (Node item : list.items()) {
                labels.add(text(item, new Where(where.file(), where.path(), item.line()), "a label name"));
            }
            return labels;
        }

        @Override
        public String render(List<String> value, String indent) {
            List<String> quoted = value.stream().map(ValueTypes::quote).toList();
            return "[" + String.join(", ", quoted) + "]";
        }
    };

    static final Type<Map<String, Pattern>> NAMED_REGEX = new Type<>() {
        @Override
        public Map<String, Pattern> parse(Node node, Where where) {
            if (!(node instanceof MapNode map) || map.entries().isEmpty()) {
                throw where.error("expected one or more 'name: regular expression' lines, got " + node.describe());
            }
            Map<String, Pattern> patterns = new LinkedHashMap<>();
            for (YamlTree.Entry e : map.entries().values()) {
                Where at = new Where(where.file(), where.path() + "." + e.key(), e.line());
                if (e.key().isBlank()) {
                    throw at.error("an activity needs a name");
                }
                patterns.put(e.key(), regex(text(e.value(), at, "a regular expression"), at));
            }
            return java.util.Collections.unmodifiableMap(patterns);
        }

        @Override
        public String render(Map<String, Pattern> value, String indent) {
            StringBuilder sb = new StringBuilder();
            value.forEach((name, pattern) -> sb.append('\n').append(indent).append("  ").append(quote(name))
                    .append(": ").append(quote(pattern.pattern())));
            return sb.toString();
        }
    };

    static final Type<RetrospectiveLocation> LOCATION = new Type<>() {
        @Override
        public RetrospectiveLocation parse(Node node, Where where) {
            return parsed(node, where, "collaboration-project or internal-project",
                    value -> Objects.requireNonNull(RetrospectiveLocation.fromKey(value)));
        }

        @Override
        public String render(RetrospectiveLocation value, String indent) {
            return value.key();
        }
    };

    // ---- helpers shared by the types and by the reader's rules and waivers ----

    static Scalar scalar(Node node, Where where, String expected) {
        if (node instanceof Scalar s && !s.isNull()) {
            return s;
        }
        if (node instanceof Scalar) {
            throw where.error("has no value (expected " + expected + "; remove the key to keep the default)");
        }
        throw where.error("expected " + expected + ", got " + node.describe());
    }

    static String text(Node node, Where where, String expected) {
        Scalar s = scalar(node, where, expected);
        if (s.token() != JsonToken.VALUE_STRING || s.text().isBlank()) {
            throw where.error("expected " + expected + ", got " + s.describe());
        }
        return s.text();
    }

    /** A text turned into a value by {@code parse}; whatever it throws becomes "expected ..., got '...'". */
    static <T> T parsed(Node node, Where where, String expected, Function<String, T> parse) {
        String value = text(node, where, expected);
        try {
            return parse.apply(value);
        } catch (RuntimeException e) {
            throw where.error("expected " + expected + ", got '" + value + "'");
        }
    }

    static Pattern regex(String value, Where where) {
        try {
            return Regexes.register(Pattern.compile(value), where.file(), where.line(), where.path());
        } catch (PatternSyntaxException e) {
            throw where.error("invalid regular expression '" + value + "': " + e.getDescription()
                    + (e.getIndex() >= 0 ? " near index " + e.getIndex() : ""));
        }
    }

    /** Single quotes: regular expressions keep their backslashes as they are. */
    static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
