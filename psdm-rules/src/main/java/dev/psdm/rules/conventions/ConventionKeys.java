package dev.psdm.rules.conventions;

import com.fasterxml.jackson.core.JsonToken;
import dev.psdm.rules.conventions.YamlTree.ListNode;
import dev.psdm.rules.conventions.YamlTree.MapNode;
import dev.psdm.rules.conventions.YamlTree.Node;
import dev.psdm.rules.conventions.YamlTree.Scalar;
import dev.psdm.rules.facts.CeremonyKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Every key of {@code .psdm.yml} (except {@code rules} and {@code waivers}): its path, its type, what
 * it means, how to read it from {@link Conventions} and how to set it on a builder. The reader, the
 * commented defaults file ({@code psdm config --print-defaults}) and the docs check all use this one
 * list, so a key cannot exist in one and not the others.
 */
final class ConventionKeys {
    private ConventionKeys() {
    }

    /** Where a value sits, to say so in an error. */
    record Where(String file, String path, int line) {
        ConventionsException error(String problem) {
            return new ConventionsException(file, line, path, problem);
        }
    }

    /** How a value is read from YAML and written back. */
    interface Type<T> {
        T parse(Node node, Where where);

        /** The value after "key:", or the indented block below it (then starting with a line break). */
        String render(T value, String indent);
    }

    /** One key of the file. */
    record Key<T>(String path, Type<T> type, String comment, Function<Conventions, T> get,
                  BiConsumer<Conventions.Builder, T> set) {
        void apply(Node node, Where where, Conventions.Builder builder) {
            set.accept(builder, type.parse(node, where));
        }

        String render(Conventions c, String indent) {
            return type.render(get.apply(c), indent);
        }
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
            List<String> quoted = value.stream().map(ConventionKeys::quote).toList();
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
            return patterns;
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
    // ---- the keys, in file order ----

    /** Comments printed above a section of the defaults file. */
    static final Map<String, String> SECTIONS = sections(
            "iterationZero", "Iteration 0 (handbook: kickoff, stakeholder planning and discovery).",
            "ceremonies", "Ceremony records: issues (or wiki pages) recognised by title or by the label <labelPrefix><kind>.",
            "communicationPlan", "The communication plan (handbook: the iteration schedule and cadence are part of it).",
            "labels", "The CP (Customer Project) labels and the RAID log (handbook: Label Guidelines).",
            "internalRetrospectives", "Internal retrospectives (handbook: RAID & Internal/Customer Retrospective).",
            "backlog", "Backlog items (post-sales discovery template: Overview, Open Questions, Tasks, Acceptance Criteria).",
            "closeout", "The end of the project (post-sales workflow: 4. Customer Success).",
            "thresholds", "Numbers the rules compare against.");

    static final List<Key<?>> ALL = List.of(
            new Key<>("iterationsAsMilestones", BOOL,
                    "Read iterations from milestones (with start and due dates) instead of GitLab iterations:\n"
                            + "the agile-to-GitLab mapping lets a team track iterations as milestones.",
                    Conventions::iterationsAsMilestones, Conventions.Builder::iterationsAsMilestones),

            new Key<>("iterationZero.title", REGEX,
                    "The first iteration is Iteration 0 when its title matches.",
                    Conventions::iterationZeroTitle, Conventions.Builder::iterationZeroTitle),
            new Key<>("iterationZero.kickoffIssueTitle", REGEX,
                    "...or when it holds an issue titled like this (untitled cadence iterations).",
                    Conventions::kickoffIssueTitle, Conventions.Builder::kickoffIssueTitle),
            new Key<>("iterationZero.activities", NAMED_REGEX,
                    "What Iteration 0 covers (PSDM-IT0-002): name -> title of its issue or wiki page.\n"
                            + "Replaces the whole list; add e.g. 'EM to PS transition' to check the handoff too.",
                    Conventions::iterationZeroActivities, Conventions.Builder::iterationZeroActivities),

            new Key<>("ceremonies.labelPrefix", TEXT,
                    "A label <prefix><kind> (ceremony::planning, ceremony::weekly-status) marks a record whatever its title.",
                    Conventions::ceremonyLabelPrefix, Conventions.Builder::ceremonyLabelPrefix),
            ceremonyTitle(CeremonyKind.PLANNING, "Iteration planning records (PSDM-CER-001)."),
            ceremonyTitle(CeremonyKind.REVIEW, "Iteration review / status report records (PSDM-CER-002)."),
            ceremonyTitle(CeremonyKind.REFINEMENT, "Backlog refinement records (PSDM-CER-003)."),
            ceremonyTitle(CeremonyKind.STANDUP, "Daily standup records, also searched in the communication plan (PSDM-CER-004)."),
            ceremonyTitle(CeremonyKind.RETROSPECTIVE, "In-project retrospective records (PSDM-CER-005)."),
            ceremonyTitle(CeremonyKind.WEEKLY_STATUS, "Weekly status records of small projects (PSDM-CER-006)."),

            new Key<>("communicationPlan.title", REGEX,
                    "An issue or wiki page titled like this is the communication plan (PSDM-COMM-001).",
                    Conventions::communicationPlanTitle, Conventions.Builder::communicationPlanTitle),

            new Key<>("labels.sow", REGEX,
                    "The label naming the SOW or PO: 'SOW-# or PO#' (PSDM-LBL-001).",
                    Conventions::sowLabel, Conventions.Builder::sowLabel),
            new Key<>("labels.pm", REGEX,
                    "The label naming the project manager, e.g. PM::Jane Doe (PSDM-LBL-001).",
                    Conventions::pmLabel, Conventions.Builder::pmLabel),
            new Key<>("labels.workflowPrefix", TEXT,
                    "The scoped labels of the workflow board (PSDM-LBL-001, PSDM-LBL-002).",
                    Conventions::workflowLabelPrefix, Conventions.Builder::workflowLabelPrefix),
            new Key<>("labels.raid", LABELS,
                    "Labels that put an issue in the RAID log (PSDM-RAID-*, PSDM-IT0-003).",
                    Conventions::raidLabels, Conventions.Builder::raidLabels),
            new Key<>("labels.highPriority", LABELS,
                    "Labels that make a RAID item high priority (stale sooner, reported as ERROR).",
                    Conventions::highPriorityLabels, Conventions.Builder::highPriorityLabels),

            new Key<>("internalRetrospectives.location", LOCATION,
                    "collaboration-project: look for them in the snapshot (PSDM-RET-001);\n"
                            + "internal-project: they live in the internal PS plan project, so PSDM-RET-001 is NOT_EVALUATED.",
                    Conventions::internalRetrospectiveLocation, Conventions.Builder::internalRetrospectiveLocation),
            new Key<>("internalRetrospectives.title", REGEX,
                    "An issue or wiki page titled like this is an internal retrospective record.",
                    Conventions::internalRetrospectiveTitle, Conventions.Builder::internalRetrospectiveTitle),
            new Key<>("internalRetrospectives.labels", LABELS,
                    "...and so is an issue carrying one of these labels.",
                    Conventions::internalRetrospectiveLabels, Conventions.Builder::internalRetrospectiveLabels),

            new Key<>("backlog.acceptanceCriteria", REGEX,
                    "Finds the Acceptance Criteria section of an issue description (PSDM-BKL-001).",
                    Conventions::acceptanceCriteria, Conventions.Builder::acceptanceCriteria),

            new Key<>("closeout.activities", NAMED_REGEX,
                    "What the end of the project records (PSDM-CLOSE-001): name -> title of its issue or wiki page.\n"
                            + "Replaces the whole list.",
                    Conventions::closeoutActivities, Conventions.Builder::closeoutActivities),

            threshold("raidStaleDays", 1, "An open RAID item not updated for more days than this is stale (PSDM-RAID-002).",
                    Thresholds::raidStaleDays, Thresholds.Builder::raidStaleDays),
            threshold("raidHighPriorityStaleDays", 1, "The same for high-priority RAID items.",
                    Thresholds::raidHighPriorityStaleDays, Thresholds.Builder::raidHighPriorityStaleDays),
            threshold("planningDaysBefore", 0, "A planning record up to this many days before an iteration starts counts for it (PSDM-CER-001).",
                    Thresholds::planningDaysBefore, Thresholds.Builder::planningDaysBefore),
            threshold("retrospectiveIterations", 1, "At least one of this many last closed iterations holds a retrospective (PSDM-CER-005).",
                    Thresholds::retrospectiveIterations, Thresholds.Builder::retrospectiveIterations),
            threshold("maxSmallIterations", 0, "More delivery iterations than this make a project LARGE (Guidelines for PSDM: 5).",
                    Thresholds::maxSmallIterations, Thresholds.Builder::maxSmallIterations),
            threshold("maxSmallSpanMonths", 1, "A planned span of more months than this makes a project LARGE (Guidelines for PSDM: two months).",
                    Thresholds::maxSmallSpanMonths, Thresholds.Builder::maxSmallSpanMonths),
            threshold("iterationWeeks", 1, "The usual iteration length in weeks (\"generally two-week events\"); others are INFO (PSDM-ITER-001).",
                    Thresholds::iterationWeeks, Thresholds.Builder::iterationWeeks),
            threshold("maxIterationWeeks", 1, "An iteration longer than this many weeks is not time-boxed: WARNING (PSDM-ITER-001).",
                    Thresholds::maxIterationWeeks, Thresholds.Builder::maxIterationWeeks),
            threshold("maxIterationGapDays", 0, "More days than this between consecutive iterations is a gap (PSDM-ITER-002).",
                    Thresholds::maxIterationGapDays, Thresholds.Builder::maxIterationGapDays),
            threshold("maxWeight", 1, "An open issue weighing more than this should be split (PSDM-WGT-002).",
                    Thresholds::maxWeight, Thresholds.Builder::maxWeight),
            threshold("refinementIterations", 1, "How many upcoming iterations must have acceptance criteria (PSDM-BKL-001).",
                    Thresholds::refinementIterations, Thresholds.Builder::refinementIterations));

    private static Key<Pattern> ceremonyTitle(CeremonyKind kind, String comment) {
        return new Key<>("ceremonies.titles." + kind.key(), REGEX, comment, c -> c.ceremonyTitles().get(kind),
                (b, v) -> b.ceremonyTitle(kind, v));
    }

    private static Key<Integer> threshold(String name, int min, String comment, Function<Thresholds, Integer> get,
                                          BiConsumer<Thresholds.Builder, Integer> set) {
        return new Key<>("thresholds." + name, wholeNumber(min), comment, c -> get.apply(c.thresholds()),
                (b, v) -> b.thresholds(t -> {
                    set.accept(t, v);
                    return t;
                }));
    }

    private static Map<String, String> sections(String... nameThenComment) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int k = 0; k < nameThenComment.length; k += 2) {
            map.put(nameThenComment[k], nameThenComment[k + 1]);
        }
        return map;
    }
}
