package dev.psdm.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A custom DRL file handed to {@link PsdmEngine.Builder#addRules}: the name messages use for it
 * and how to read it. Read only when the engine is built, so the builder stays cheap and every
 * problem with custom rules surfaces in one place, {@code build()}.
 *
 * @param name     what the user called it: the path as given, the URL, or {@code inline DRL #n}
 * @param fileName a file name ending in {@code .drl} (Drools picks the resource type by extension)
 */
record DrlSource(String name, String fileName, Reader reader) {

    /** Reads the DRL text. */
    @FunctionalInterface
    interface Reader {
        String read() throws IOException;
    }

    static DrlSource of(Path path) {
        return new DrlSource(path.toString(), drlFileName(String.valueOf(path.getFileName())),
                () -> Files.readString(path, StandardCharsets.UTF_8));
    }

    static DrlSource of(URL url) {
        String path = url.getPath();
        return new DrlSource(url.toString(), drlFileName(path.substring(path.lastIndexOf('/') + 1)), () -> {
            try (InputStream in = url.openStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        });
    }

    /**
     * A class-path resource, looked up by the thread's context class loader, then psdm-engine's.
     *
     * @throws IllegalArgumentException when there is no such resource, saying so and what else was meant
     */
    static DrlSource ofClasspath(String resource) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        URL url = context == null ? null : context.getResource(name);
        if (url == null) {
            url = DrlSource.class.getClassLoader().getResource(name);
        }
        if (url == null) {
            boolean isFile = Files.isRegularFile(Path.of(resource));
            throw new IllegalArgumentException("addRulesFromClasspath(\"" + resource + "\"): no such class-path resource"
                    + (isFile ? "; it is a file: use addRules(Path.of(\"" + resource + "\"))"
                    : " (resources are named from the class-path root, e.g. \"team/rules.drl\" for src/main/resources/team/rules.drl)"));
        }
        return of(url);
    }

    /**
     * DRL text given to the deprecated {@code addRules(String)}, which reads like a file name: a one-word
     * text is refused with what was meant instead of failing to compile as {@code mismatched input 'src'}.
     */
    static DrlSource inlineChecked(String drl, int number) {
        String text = drl.strip();
        if (!text.isEmpty() && text.indexOf('\n') < 0 && text.chars().noneMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("addRules(String) takes DRL text, not a name, but was given \"" + text
                    + "\": for a file use addRules(Path.of(\"" + text + "\")), for a class-path resource "
                    + "addRulesFromClasspath(\"" + text + "\"), for DRL text addDrl(text)");
        }
        return inline(drl, number);
    }

    static DrlSource inline(String drl, int number) {
        return new DrlSource("inline DRL #" + number, "inline-" + number + ".drl", () -> drl);
    }

    static DrlSource named(String drl, String name) {
        int slash = name.lastIndexOf('/');
        return new DrlSource(name, drlFileName(name.substring(slash + 1)), () -> drl);
    }

    String read() throws IOException {
        return reader.read();
    }

    private static String drlFileName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.endsWith(".drl") ? safe : safe + ".drl";
    }
}
