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
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The value types of {@code .psdm.yml} keys (and of {@link Setting}s): how each is read from YAML, with an
 * error naming file, line and key, and printed back. Apart from {@link ConventionKeys} so that a rule
 * family's {@code Setting} constants can be created without loading the list of keys, which loads the
 * families' settings in turn.
 *
 * <p>Over 300 lines on purpose: it is a flat catalogue of small, independent value types (each a few lines
 * of parse-and-print with its own error wording) plus the YAML helpers they share; splitting it would scatter
 * the one place that defines what a {@code .psdm.yml} value may look like without making any type simpler.
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
            return texts(node, where, "a list of label names, e.g. ['PS RAID Log']", (item, at) -> text(item, at, "a label name"));
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

    static final String USERNAME_EXPECTED = "a GitLab username such as jane.doe, or empty for nobody";
    /** GitLab's username characters (letters, digits, '_', '.', '-', not starting with '-'); no spaces, commas or mentions. */
    private static final Pattern USERNAME_CHARS = Pattern.compile("[A-Za-z0-9_.][A-Za-z0-9_.-]*+");
    private static final Pattern RULE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*+");

    /**
     * A GitLab username, or empty for nobody. A leading {@code @} is dropped: people write usernames as they
     * mention them. Whoever the name is, psdm looks it up when it assigns or mentions, never here.
     */
    static final Type<String> USERNAME = new Type<>() {
        @Override
        public String parse(Node node, Where where) {
            Scalar s = scalar(node, where, USERNAME_EXPECTED);
            // an all-digit username reads as a number
            if (s.token() != JsonToken.VALUE_STRING && s.token() != JsonToken.VALUE_NUMBER_INT) {
                throw where.error("expected " + USERNAME_EXPECTED + ", got " + s.describe());
            }
            String v = s.text().strip();
            v = v.startsWith("@") ? v.substring(1) : v;
            if (!isUsername(v)) {
                throw where.error("expected " + USERNAME_EXPECTED + ", got " + s.describe());
            }
            return v;
        }

        @Override
        public String render(String value, String indent) {
            return quote(value);
        }
    };

    static boolean isUsername(String value) {
        return value.isEmpty() || USERNAME_CHARS.matcher(value).matches();
    }

    static boolean isRuleId(String value) {
        return RULE_ID.matcher(value).matches();
    }

    /** Rule ids ({@code ['PSDM-RAID-002']}); whether the engine has them is the engine's to say. */
    static final Type<List<String>> RULE_IDS = new Type<>() {
        @Override
        public List<String> parse(Node node, Where where) {
            List<String> ids = texts(node, where, "a list of rule ids, e.g. ['PSDM-RAID-002']", (item, at) -> {
                String id = text(item, at, "a rule id such as PSDM-RAID-002").strip();
                if (!isRuleId(id)) {
                    throw at.error("expected a rule id such as PSDM-RAID-002, got " + item.describe());
                }
                return id;
            });
            return ids.stream().distinct().toList();
        }

        @Override
        public String render(List<String> value, String indent) {
            return LABELS.render(value, indent);
        }
    };

    /** One label name for each of {@code names}, in that order, all different ({@code [compliant, at risk, failing]}). */
    static Type<List<String>> labelsFor(List<String> names) {
        String expected = labelsForExpected(names);
        return new Type<>() {
            @Override
            public List<String> parse(Node node, Where where) {
                List<String> labels = texts(node, where, expected, (item, at) -> {
                    String label = text(item, at, "a label name").strip();
                    if (label.contains(",")) {
                        // GitLab's issue API takes labels as one comma-separated list: a comma would make two labels
                        throw at.error("a label name cannot hold a comma, got " + item.describe());
                    }
                    return label;
                });
                String problem = labelsForProblem(labels, names);
                if (problem != null) {
                    throw where.error("expected " + expected + ", got " + problem);
                }
                return List.copyOf(labels);
            }

            @Override
            public String render(List<String> value, String indent) {
                return LABELS.render(value, indent);
            }
        };
    }

    static String labelsForExpected(List<String> names) {
        return names.size() + " different label names (" + String.join(", ", names) + ")";
    }

    /** What is wrong with these labels for {@code names}, or null: too few or too many, blank, a comma, twice the same. */
    static String labelsForProblem(List<String> labels, List<String> names) {
        if (labels.size() != names.size()) {
            return labels.size() + (labels.size() == 1 ? " label" : " labels");
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String label : labels) {
            if (label.isBlank() || label.contains(",")) {
                return "'" + label + "'";
            }
            // one label for two postures could not tell them apart
            if (!seen.add(label)) {
                return "'" + label + "' twice";
            }
        }
        return null;
    }

    // ---- helpers shared by the types and by the reader's rules and waivers ----

    /** A list's items read by {@code item}, each located at its own line; "expected {@code expectedList}" otherwise. */
    static List<String> texts(Node node, Where where, String expectedList, BiFunction<Node, Where, String> item) {
        if (!(node instanceof ListNode list)) {
            throw where.error("expected " + expectedList + ", got " + node.describe());
        }
        List<String> values = new ArrayList<>();
        for (Node n : list.items()) {
            values.add(item.apply(n, new Where(where.file(), where.path(), n.line())));
        }
        return values;
    }

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
