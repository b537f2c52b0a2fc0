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
        try {
            ReportFormat format = ReportFormat.parse(name);
            return new OutputTarget(format, eq < 0 ? null : Path.of(value.substring(eq + 1)));
        } catch (IllegalArgumentException e) {
            throw new UserError("unknown --format '" + name + "' (expected one of "
                    + Arrays.stream(ReportFormat.values()).map(ReportFormat::cliName).collect(Collectors.joining(", ")) + ")");
        }
    }
}
