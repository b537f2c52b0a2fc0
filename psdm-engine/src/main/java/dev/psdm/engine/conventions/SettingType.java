package dev.psdm.engine.conventions;

import dev.psdm.engine.conventions.ConventionKeys.Type;
import dev.psdm.engine.conventions.ConventionKeys.Where;
import dev.psdm.engine.conventions.YamlTree.Node;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The type of a {@link Setting}: how its value is read from YAML (with errors naming file, line and key),
 * printed back, and bounded. The types are the conventions file's own; a rule family picks one.
 *
 * @param <T> the value's type
 */
public final class SettingType<T> {
    static final SettingType<Boolean> BOOLEAN = new SettingType<>(ValueTypes.BOOL, "true or false", null);
    static final SettingType<Pattern> REGEX = new SettingType<>(ValueTypes.REGEX, "a regular expression", null);
    static final SettingType<List<String>> LABELS = new SettingType<>(ValueTypes.LABELS, "a list of label names", null);
    static final SettingType<String> TEXT = new SettingType<>(ValueTypes.TEXT, "a text", null);
    static final SettingType<String> WEB_URL = new SettingType<>(ValueTypes.WEB_URL, "an absolute http(s) URL, or empty", null);
    static final SettingType<Map<String, Pattern>> NAMED_REGEX = new SettingType<>(ValueTypes.NAMED_REGEX,
            "names, each with a regular expression", null);
    static final SettingType<RetrospectiveLocation> LOCATION = new SettingType<>(ValueTypes.LOCATION,
            "collaboration-project or internal-project", null);
    static final SettingType<String> USERNAME = new SettingType<>(ValueTypes.USERNAME, ValueTypes.USERNAME_EXPECTED,
            value -> ValueTypes.isUsername(value) ? null : "not a GitLab username");
    static final SettingType<List<String>> RULE_IDS = new SettingType<>(ValueTypes.RULE_IDS, "a list of rule ids",
            ids -> ids.stream().allMatch(ValueTypes::isRuleId) ? null : "not rule ids");

    private final Type<T> yaml;
    private final String description;
    /** Why a value is out of bounds, or null when it is in them. */
    private final Function<T, String> problem;

    private SettingType(Type<T> yaml, String description, Function<T, String> problem) {
        this.yaml = yaml;
        this.description = description;
        this.problem = problem == null ? value -> null : problem;
    }

    static SettingType<Integer> wholeNumber(int min) {
        return new SettingType<>(ValueTypes.wholeNumber(min), "a whole number of at least " + min,
                value -> value < min ? "below " + min : null);
    }

    /** Exactly {@code names.size()} different label names, one for each of {@code names} in this order. */
    static SettingType<List<String>> labelsFor(List<String> names) {
        return new SettingType<>(ValueTypes.labelsFor(names), ValueTypes.labelsForExpected(names),
                labels -> ValueTypes.labelsForProblem(labels, names));
    }

    /**
     * Its values are rule ids (a list of them), which only an engine can tell exist: the engine refuses an
     * unknown one when it is built, naming the file and line, as it does for {@code rules} and {@code waivers}.
     */
    public boolean namesRules() {
        return this == RULE_IDS;
    }

    /** What values the type takes, as the docs say it ("a whole number of at least 1"). */
    public String description() {
        return description;
    }

    Type<T> yaml() {
        return yaml;
    }

    T parse(Node node, Where where) {
        return yaml.parse(node, where);
    }

    /** The value as the defaults file writes it after "key:" (or the indented block below it). */
    String render(Object value, String indent) {
        @SuppressWarnings("unchecked")
        T typed = (T) value;
        return yaml.render(typed, indent);
    }

    /** Refuses a value out of bounds (a default in code, or one set through the builder). */
    void check(T value, String path) {
        if (problem.apply(value) != null) {
            throw new IllegalArgumentException(path + ": expected " + description + ", got " + value);
        }
    }
}
