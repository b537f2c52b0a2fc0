package dev.psdm.engine.conventions;

import dev.psdm.engine.conventions.ConventionKeys.Type;
import dev.psdm.engine.conventions.ConventionKeys.Where;
import dev.psdm.engine.conventions.YamlTree.Node;

import java.util.List;
import java.util.Map;
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

    private final Type<T> yaml;
    private final String description;
    private final Integer min;

    private SettingType(Type<T> yaml, String description, Integer min) {
        this.yaml = yaml;
        this.description = description;
        this.min = min;
    }

    static SettingType<Integer> wholeNumber(int min) {
        return new SettingType<>(ValueTypes.wholeNumber(min), "a whole number of at least " + min, min);
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
        if (min != null && ((Integer) value) < min) {
            throw new IllegalArgumentException(path + ": expected " + description + ", got " + value);
        }
    }
}
