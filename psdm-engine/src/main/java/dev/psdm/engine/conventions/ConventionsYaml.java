package dev.psdm.engine.conventions;


import dev.psdm.engine.conventions.YamlTree.MapNode;
import dev.psdm.engine.conventions.YamlTree.Node;
import dev.psdm.engine.conventions.YamlTree.Scalar;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes {@code .psdm.yml}. Reading is strict: an unknown key, a value of the wrong type,
 * a broken regular expression or a waiver without a reason is an error naming the file, the line and
 * the key, because a silently ignored typo would make a rule check the wrong thing. Keys the file
 * does not mention keep the handbook's defaults.
 */
public final class ConventionsYaml {
    /** The conventions file's usual name, looked up next to the snapshot and in the project. */
    public static final String FILE_NAME = ".psdm.yml";

    static final String RULES = "rules";
    static final String WAIVERS = "waivers";
    /** Every setting by its key path, and the sections (path prefixes) above them: what a file may hold. */
    static final Map<String, Setting<?>> KEYS = new LinkedHashMap<>();
    static final Set<String> SECTIONS = new LinkedHashSet<>();

    static {
        for (Setting<?> key : ConventionKeys.ALL) {
            KEYS.put(key.path(), key);
            String path = key.path();
            for (int dot = path.indexOf('.'); dot > 0; dot = path.indexOf('.', dot + 1)) {
                SECTIONS.add(path.substring(0, dot));
            }
        }
    }

    private ConventionsYaml() {
    }

    /** Every key path of the file ({@code labels.raid}, {@code thresholds.maxWeight}, ..., {@code rules}, {@code waivers}). */
    public static List<String> keyPaths() {
        List<String> paths = new ArrayList<>(KEYS.keySet());
        paths.add(RULES);
        paths.add(WAIVERS);
        return paths;
    }

    /**
     * The default of a key as one line, for the rule docs ({@code ['PS RAID Log', 'PS Risk']}); empty for
     * keys that have none ({@code rules.*}, {@code waivers}) or that do not exist.
     */
    public static Optional<String> defaultOf(String keyPath) {
        Setting<?> key = KEYS.get(keyPath);
        if (key == null) {
            return Optional.empty();
        }
        return Optional.of(defaultLine(key));
    }

    /**
     * The value of a key in these conventions as one line, rendered as {@link #defaultOf} renders the default
     * ({@code psdm rules --config} shows both); empty for {@code rules.*}, {@code waivers} and keys that do not exist.
     */
    public static Optional<String> valueOf(Conventions conventions, String keyPath) {
        Setting<?> key = KEYS.get(keyPath);
        return key == null ? Optional.empty() : Optional.of(valueOf(conventions, key));
    }

    private static <T> String valueOf(Conventions conventions, Setting<T> key) {
        return oneLine(key, conventions.get(key));
    }

    private static <T> String defaultLine(Setting<T> key) {
        return oneLine(key, key.defaultValue());
    }

    private static <T> String oneLine(Setting<T> key, T value) {
        return key.type().render(value, "").strip().replaceAll("\\n\\s*", "; ");
    }

    /**
     * The settings of {@code conventions} that differ from the handbook's defaults: key paths, then one
     * {@code rules.ID} per rule switch and one {@code waivers[i]} per waiver ({@code psdm config --check}'s summary).
     */
    public static List<String> differencesFromDefaults(Conventions conventions) {
        Conventions defaults = Conventions.defaults();
        List<String> changed = new ArrayList<>();
        for (Setting<?> key : ConventionKeys.ALL) {
            if (!key.type().render(conventions.get(key), "").equals(key.type().render(defaults.get(key), ""))) {
                changed.add(key.path());
            }
        }
        conventions.rules().keySet().forEach(id -> changed.add(RULES + "." + id));
        for (int i = 0; i < conventions.waivers().size(); i++) {
            changed.add(WAIVERS + "[" + i + "]");
        }
        return changed;
    }

    /**
     * What a key means, as {@code psdm config --print-defaults} prints it above the key (lines joined by
     * spaces), for the generated tables of docs/conventions.md; empty for {@code rules}, {@code waivers}
     * and keys that do not exist.
     */
    public static Optional<String> meaningOf(String keyPath) {
        Setting<?> key = KEYS.get(keyPath);
        return key == null ? Optional.empty() : Optional.of(key.comment().replace('\n', ' '));
    }

    /** What a top-level section of the file holds ({@code labels}: "The CP (Customer Project) labels ..."), if it says. */
    public static Optional<String> sectionMeaningOf(String section) {
        return Optional.ofNullable(ConventionKeys.SECTIONS.get(section));
    }

    /**
     * Reads a conventions file on top of the handbook's defaults.
     *
     * @throws ConventionsException when the file cannot be used (YAML, key, value), with file, line and key
     * @throws UncheckedIOException when it cannot be opened or read: a missing file ({@link NoSuchFileException} as the
     *         cause, message {@code FILE: no such file}) is an I/O error, not a conventions error (issue 28 item 8),
     *         so that a service can answer "not found" for one and "unprocessable" for the other
     */
    public static Conventions read(Path file) {
        Reader reader;
        try {
            reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException(file + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
        try (reader) {
            return read(reader, file.toString());
        } catch (IOException e) {
            // closing a file that was read: the conventions are complete
            throw new UncheckedIOException(file + ": cannot close: " + e.getMessage(), e);
        }
    }

    /** Reads conventions from YAML text; {@code fileName} is how errors name it. */
    public static Conventions read(Reader yaml, String fileName) {
        Node root = YamlTree.parse(yaml, fileName);
        if (root instanceof Scalar s && s.isNull()) {
            return Conventions.defaults().withSource(new ConventionsSource(fileName, Map.of()));
        }
        if (!(root instanceof MapNode map)) {
            throw new ConventionsException(fileName, root.line(), null,
                    "expected keys such as 'labels:' or 'thresholds:' at the top level, got " + root.describe());
        }
        return new ConventionsReading(fileName).read(map);
    }

    /** The keys one level below a section ("" for the top level). */
    static List<String> childrenOf(String prefix) {
        Set<String> children = new LinkedHashSet<>();
        String start = prefix.isEmpty() ? "" : prefix + ".";
        for (String path : KEYS.keySet()) {
            if (path.startsWith(start)) {
                String rest = path.substring(start.length());
                int dot = rest.indexOf('.');
                children.add(dot < 0 ? rest : rest.substring(0, dot));
            }
        }
        if (prefix.isEmpty()) {
            children.add(RULES);
            children.add(WAIVERS);
        }
        return List.copyOf(children);
    }

    /**
     * The conventions as a commented {@code .psdm.yml}. For {@link Conventions#defaults()} this is the
     * file {@code psdm config --print-defaults} prints; reading it back gives the same conventions.
     */
    public static String write(Conventions conventions) {
        return ConventionsWriter.write(conventions);
    }
}
