package dev.psdm.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses, before anything is read, outputs that would destroy an input of the same run
 * ({@code --snapshot s.json --output s.json} replaced the snapshot with the report) or that two
 * formats share (the last one written silently won).
 */
final class OutputChecks {
    private OutputChecks() {
    }

    /** The inputs of a run by the option that names them; null paths are skipped. */
    static final class Inputs {
        private final Map<Path, String> byPath = new LinkedHashMap<>();

        Inputs add(String option, Path path) {
            if (path != null) {
                byPath.putIfAbsent(path, option);
            }
            return this;
        }

        Inputs addAll(String option, List<Path> paths) {
            paths.forEach(p -> add(option, p));
            return this;
        }
    }

    static void requireSeparate(List<Path> outputs, Inputs inputs) {
        List<Path> seen = new ArrayList<>();
        for (Path output : outputs) {
            if (output == null) {
                continue;
            }
            for (Path earlier : seen) {
                if (same(output, earlier)) {
                    throw new UserError("two formats would be written to " + output
                            + " (the second would replace the first); give each format its own file, e.g. --format json=psdm-report.json");
                }
            }
            seen.add(output);
            inputs.byPath.forEach((input, option) -> {
                if (same(output, input)) {
                    throw new UserError("cannot write " + output + ": it is the " + option
                            + " input of this run, and writing there would destroy it; give another output file");
                }
            });
        }
    }

    private static boolean same(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false; // cannot tell: the write itself reports a real problem
        }
    }
}
