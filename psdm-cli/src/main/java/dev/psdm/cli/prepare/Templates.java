package dev.psdm.cli.prepare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of prepared records (issue 30 item 4): one Markdown file per record, its first line the title
 * ({@code # {iteration} planning}), the rest the description. The bundled ones live in the jar
 * ({@code dev/psdm/cli/prepare/templates/*.md}); a team overrides any of them with a file of the same name in its
 * templates directory ({@code --templates DIR}, docs/prepare.md). Placeholders: {@code {iteration}},
 * {@code {start}}, {@code {due}}, {@code {date}}, {@code {week}}, {@code {project}}; an unknown one is an error,
 * not text left in a customer-visible issue.
 */
public final class Templates {
    /** Every template a prepare uses, by file name without {@code .md}. */
    public static final List<String> NAMES = List.of("planning", "review", "refinement", "retrospective",
            "weekly-status", "em-ps-transition", "stakeholder-planning", "customer-kickoff", "discovery", "initial-risks");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    private static final List<String> KNOWN = List.of("iteration", "start", "due", "date", "week", "project");
    private static final int MAX_BYTES = 64 * 1024;

    private final Path dir;

    /** @param dir the team's templates directory, or null for the bundled templates only */
    public Templates(Path dir) {
        this.dir = dir;
    }

    /** A template filled in. */
    public record Filled(String title, String body, String source) {
    }

    /** The template {@code name} with {@code values} filled in; {@link PrepareException} when it is unusable. */
    public Filled fill(String name, Map<String, String> values) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("no template " + name);
        }
        Path own = dir == null ? null : dir.resolve(name + ".md");
        String source;
        String text;
        if (own != null && Files.isRegularFile(own)) {
            source = own.toString();
            text = read(own);
        } else {
            source = "the bundled " + name + ".md";
            text = bundled(name);
        }
        text = text.replace("\r\n", "\n");
        int nl = text.indexOf('\n');
        String first = (nl < 0 ? text : text.substring(0, nl)).strip();
        if (!first.startsWith("# ") || first.length() < 3) {
            throw new PrepareException(source + ": the first line is the record's title, as '# Title'");
        }
        String title = replace(first.substring(2).strip(), values, source);
        String body = replace(nl < 0 ? "" : text.substring(nl + 1), values, source).strip();
        if (title.length() > 255) {
            throw new PrepareException(source + ": the title is longer than GitLab's 255 characters");
        }
        return new Filled(title, body, source);
    }

    private static String replace(String text, Map<String, String> values, String source) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            if (!KNOWN.contains(key)) {
                throw new PrepareException(source + ": unknown placeholder {" + key + "} (known: {"
                        + String.join("}, {", KNOWN) + "})");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(key, "")));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new PrepareException(file + ": a template is at most " + MAX_BYTES / 1024 + " KiB");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new PrepareException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new PrepareException("cannot read " + file + ": " + e.getClass().getSimpleName());
        }
    }

    static String bundled(String name) {
        try (InputStream in = Templates.class.getResourceAsStream("templates/" + name + ".md")) {
            if (in == null) {
                throw new IllegalStateException("the bundled template " + name + ".md is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
