package dev.psdm.cli;

import dev.psdm.report.format.ReportFormat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    /**
     * The outputs of {@code --format} (text when none is given) and {@code -o/--output}: at most one without a
     * file of its own, which {@code --output} names, and none that overwrites an input or another output.
     */
    static List<OutputTarget> resolve(List<String> formats, Path output, OutputChecks.Inputs inputs) {
        var named = formatNamed(output);
        if (named != null) {
            // in conftest, -o is the format: "-o json" silently wrote the text report to a file named json
            throw new UserError("-o/--output is the file to write, not the format: for the " + named.cliName()
                    + " format give --format " + named.cliName() + " (with --output FILE to write it to a file)");
        }
        List<OutputTarget> targets = new ArrayList<>();
        for (String f : formats.isEmpty() ? List.of("text") : formats) {
            targets.add(parse(f));
        }
        long withoutFile = targets.stream().filter(t -> t.file() == null).count();
        if (withoutFile > 1) {
            throw new UserError("only one --format can go to " + (output != null ? "--output" : "standard output")
                    + "; give the others their own file, e.g. --format json=psdm-report.json");
        }
        if (output != null) {
            targets.replaceAll(t -> t.file() == null ? new OutputTarget(t.format(), output) : t);
        }
        OutputChecks.requireSeparate(targets.stream().map(OutputTarget::file).toList(), inputs);
        return targets;
    }
}
