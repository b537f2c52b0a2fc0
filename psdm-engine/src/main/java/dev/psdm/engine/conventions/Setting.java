package dev.psdm.engine.conventions;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One key of {@code .psdm.yml} that a rule family owns: its path in the file, its type (with its
 * bounds), its default and the comment {@code psdm config --print-defaults} prints above it. A family
 * declares its settings as constants beside its DRL and lists them in a {@link RuleSettings}; the
 * conventions reader, the printed defaults and the rule docs all come from these declarations, and
 * DRL reads the value from the {@link Settings} fact:
 *
 * <pre>
 * public static final Setting&lt;Integer&gt; MAX_WEIGHT = Setting.wholeNumber("thresholds.maxWeight", 3, 1,
 *         "An open issue weighing more than this should be split (PSDM-WGT-002).");
 *
 * $s : Settings()
 * ... $s.wholeNumber(WeightSettings.MAX_WEIGHT) ...
 * </pre>
 *
 * @param path         the key's dotted path ({@code thresholds.maxWeight}); the YAML nests it by its dots
 * @param type         how the value is read and printed, and its bounds
 * @param defaultValue the value when the file does not set it (the handbook's)
 * @param comment      what the key means, printed above it in the defaults file
 * @param <T>          the value's type
 */
public record Setting<T>(String path, SettingType<T> type, T defaultValue, String comment) {

    public Setting {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(comment, "comment");
        if (!path.matches("[A-Za-z][A-Za-z0-9-]*(\\.[A-Za-z][A-Za-z0-9-]*)*") || path.equals("rules") || path.equals("waivers")) {
            throw new IllegalArgumentException("a setting's path is a key, usually in a section (thresholds.maxWeight),"
                    + " and not 'rules' or 'waivers': " + path);
        }
        type.check(defaultValue, path);
    }

    /** A whole number of at least {@code min}. */
    public static Setting<Integer> wholeNumber(String path, int defaultValue, int min, String comment) {
        return new Setting<>(path, SettingType.wholeNumber(min), defaultValue, comment);
    }

    /** True or false. */
    public static Setting<Boolean> flag(String path, boolean defaultValue, String comment) {
        return new Setting<>(path, SettingType.BOOLEAN, defaultValue, comment);
    }

    /** A regular expression (Java's syntax). */
    public static Setting<Pattern> regex(String path, String defaultValue, String comment) {
        return new Setting<>(path, SettingType.REGEX, Pattern.compile(defaultValue), comment);
    }

    /** A text, such as a label prefix ({@code PSD Workflow::}). */
    public static Setting<String> text(String path, String defaultValue, String comment) {
        return new Setting<>(path, SettingType.TEXT, defaultValue, comment);
    }

    /** An absolute http(s) URL, or empty for none (a link printed in reports). */
    public static Setting<String> webUrl(String path, String comment) {
        return new Setting<>(path, SettingType.WEB_URL, "", comment);
    }

    /**
     * Names, each with a regular expression (what an activity is called, and the title of its record), in
     * order: {@code namedRegex("closeout.activities", "go-live recap", "(?i)go-?live|recap", ...)}. A file that
     * sets the key replaces the whole list.
     */
    public static Setting<Map<String, Pattern>> namedRegex(String path, String comment, String... nameThenRegex) {
        if (nameThenRegex.length == 0 || nameThenRegex.length % 2 != 0) {
            throw new IllegalArgumentException(path + ": expected names each followed by its regular expression");
        }
        Map<String, Pattern> map = new LinkedHashMap<>();
        for (int k = 0; k < nameThenRegex.length; k += 2) {
            map.put(nameThenRegex[k], Pattern.compile(nameThenRegex[k + 1]));
        }
        return new Setting<>(path, SettingType.NAMED_REGEX, Collections.unmodifiableMap(map), comment);
    }

    /** A GitLab username (a leading {@code @} is dropped), empty by default: nobody. */
    public static Setting<String> username(String path, String comment) {
        return new Setting<>(path, SettingType.USERNAME, "", comment);
    }

    /** Rule ids, none by default; the engine refuses one it does not have ({@link SettingType#namesRules()}). */
    public static Setting<List<String>> ruleIds(String path, String comment) {
        return new Setting<>(path, SettingType.RULE_IDS, List.of(), comment);
    }

    /**
     * One label name for each of {@code names}, all different, in that order:
     * {@code labelsFor("publish.postureLabels", List.of("compliant", "at risk", "failing"), defaults, comment)}.
     */
    public static Setting<List<String>> labelsFor(String path, List<String> names, List<String> defaultValue, String comment) {
        return new Setting<>(path, SettingType.labelsFor(List.copyOf(names)), List.copyOf(defaultValue), comment);
    }

    /** A list of label names. */
    public static Setting<List<String>> labels(String path, List<String> defaultValue, String comment) {
        return new Setting<>(path, SettingType.LABELS, List.copyOf(defaultValue), comment);
    }
}
