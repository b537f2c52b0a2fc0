package dev.psdm.cli;

import dev.psdm.report.format.ReportFormat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One {@code --format} value: a format and, optionally, its own file ({@code json=psdm-report.json}).
 *
 * @param file null for standard output (or {@code --output})
 */
record OutputTarget(ReportFormat format, Path file) {

    static OutputTarget parse(String value) {
        int eq = value.indexOf('=');
        String name = eq < 0 ? value : value.substring(0, eq);
        ReportFormat format;
        try {
            format = ReportFormat.parse(name);
        } catch (IllegalArgumentException e) {
            throw new UserError("unknown --format '" + name + "' (expected one of "
                    + Arrays.stream(ReportFormat.values()).map(ReportFormat::cliName).collect(Collectors.joining(", ")) + ")");
        }
        if (eq < 0) {
            return new OutputTarget(format, null);
        }
        String file = value.substring(eq + 1);
        if (file.isBlank()) {
            throw new UserError("--format " + value + " gives no file name; give one, e.g. --format " + format.cliName()
                    + "=psdm-report." + format.extension() + " (or leave out '=' for standard output)");
        }
        return new OutputTarget(format, Path.of(file));
    }

    /** A format name given where a file name is expected ({@code -o json}, conftest's habit), or null. */
    static ReportFormat formatNamed(Path file) {
        try {
            return file == null || file.getNameCount() != 1 ? null : ReportFormat.parse(file.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
