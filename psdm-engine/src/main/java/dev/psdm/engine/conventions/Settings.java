package dev.psdm.engine.conventions;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/**
 * The values of the rule families' {@link Setting}s for one set of conventions: what the file set,
 * the defaults for the rest. Inserted into every session as a fact, so DRL reads
 * {@code $s : Settings()} and {@code $s.wholeNumber(WeightSettings.MAX_WEIGHT)}.
 */
public final class Settings {
    private static final Settings DEFAULTS = new Settings(Map.of());

    private final Map<String, Object> values;

    private Settings(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Every setting at its default. */
    public static Settings defaults() {
        return DEFAULTS;
    }

    /** The value of a setting: what the conventions set, else its default. */
    @SuppressWarnings("unchecked")
    public <T> T get(Setting<T> setting) {
        Object value = values.get(setting.path());
        return value == null ? setting.defaultValue() : (T) value;
    }

    /** The value of a whole-number setting (for DRL, where a generic value would read as an Object). */
    public int wholeNumber(Setting<Integer> setting) {
        return get(setting);
    }

    /** The value of a list setting (for DRL, where a generic value would read as an Object). */
    public List<String> list(Setting<List<String>> setting) {
        return get(setting);
    }

    /** The value of a regular-expression setting (for DRL). */
    public Pattern regex(Setting<Pattern> setting) {
        return get(setting);
    }

    /** The value of a text setting (for DRL). */
    public String text(Setting<String> setting) {
        return get(setting);
    }

    /**
     * The value of a setting as the conventions file writes it, on one line ({@code 3}, {@code "(?i)planning"},
     * {@code ["Risk", "Issue"]}, {@code {"planning": "…", "review": "…"}}): how a report's evidence names it.
     */
    public String valueText(Setting<?> setting) {
        String yaml = setting.type().render(get(setting), "");
        if (!yaml.startsWith("\n")) {
            return yaml;
        }
        // a block (named patterns): one "name: pattern" per line, flowed onto one line
        return "{" + String.join(", ", yaml.strip().lines().map(String::strip).toList()) + "}";
    }

    /** The declared setting at this {@code .psdm.yml} path, if any rule family declares one. */
    public static java.util.Optional<Setting<?>> declaredAt(String path) {
        return declared().stream().filter(s -> s.path().equals(path)).findFirst();
    }

    /** The values of a file's settings by path (as read, already checked by their types). */
    static Settings of(Map<String, Object> values) {
        return values.isEmpty() ? DEFAULTS : new Settings(values);
    }

    /** A copy with one setting changed. */
    public <T> Settings with(Setting<T> setting, T value) {
        setting.type().check(value, setting.path());
        Map<String, Object> changed = new LinkedHashMap<>(values);
        changed.put(setting.path(), value);
        return new Settings(changed);
    }

    /** The settings every rule family on the class path declares, in discovery order (by class name). */
    public static List<Setting<?>> declared() {
        return Declared.ALL;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Settings s && s.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Settings" + values;
    }

    private static final class Declared {
        static final List<Setting<?>> ALL = load();

        private static List<Setting<?>> load() {
            List<RuleSettings> families = new java.util.ArrayList<>();
            ServiceLoader.load(RuleSettings.class, Settings.class.getClassLoader()).forEach(families::add);
            families.sort(java.util.Comparator.comparing(f -> f.getClass().getName()));
            Map<String, Setting<?>> byPath = new LinkedHashMap<>();
            for (RuleSettings family : families) {
                for (Setting<?> setting : family.settings()) {
                    Setting<?> before = byPath.putIfAbsent(setting.path(), setting);
                    if (before != null && before != setting) {
                        throw new IllegalStateException("two rule families declare the setting " + setting.path());
                    }
                }
            }
            return List.copyOf(byPath.values());
        }
    }
}
