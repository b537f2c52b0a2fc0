package dev.psdm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises psdm's own file kinds by their {@code schema} field, so that a report given as
 * {@code --snapshot} reads "this is a report file, not a snapshot" rather than a version problem
 * ("unsupported snapshot schema psdm-report/1") or a field error (issue 26 item 9).
 */
final class FileKinds {
    private static final Pattern SCHEMA = Pattern.compile("\"schema\"\\s*+:\\s*+\"(psdm-[a-z]++)/[0-9]++\"");
    private static final Map<String, String> KINDS = Map.of(
            "psdm-snapshot", "a snapshot file (make one with psdm snapshot)",
            "psdm-report", "a report file (psdm check --format json writes them)",
            "psdm-baseline", "a baseline file (make one with psdm baseline)",
            "psdm-portfolio", "a portfolio report (psdm check --group --format json writes them)");

    private FileKinds() {
    }

    /**
     * The sentence for a file of another psdm kind than {@code expected}, or empty when the file is of
     * that kind, not psdm's, or cannot be read again (a pipe).
     */
    static Optional<String> wrongKind(Path file, String expected, String needed) {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String head;
        try (InputStream in = Files.newInputStream(file)) {
            head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        Matcher m = SCHEMA.matcher(head);
        if (!m.find() || m.group(1).equals(expected) || !KINDS.containsKey(m.group(1))) {
            return Optional.empty();
        }
        return Optional.of(file + " is " + KINDS.get(m.group(1)) + ", not " + needed);
    }
}
