package dev.psdm.cli;

import dev.psdm.engine.InvalidRulesException;
import dev.psdm.engine.PsdmEngine;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.conventions.ConventionsException;
import dev.psdm.engine.conventions.ConventionsYaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds and reads the team's conventions: {@code --config FILE} when given, else a {@code .psdm.yml}
 * next to the snapshot, else one in the working directory (the project's checkout, when psdm runs in
 * the project's CI), else the handbook's defaults.
 */
final class ConventionsFile {
    private ConventionsFile() {
    }

    /** The conventions file that applies, if any. */
    static Optional<Path> locate(Path config, Path snapshot) {
        if (config != null) {
            return Optional.of(config);
        }
        if (snapshot != null) {
            // the snapshot's directory as the user named it: every report names the file it applied (issue 25
            // item 6), and "snapshots/.psdm.yml" reads better in a CI log than the runner's absolute path
            Path dir = snapshot.getParent() != null ? snapshot.getParent() : Path.of("");
            if (Files.isRegularFile(dir.resolve(ConventionsYaml.FILE_NAME))) {
                return Optional.of(dir.resolve(ConventionsYaml.FILE_NAME));
            }
        }
        Path here = Path.of(ConventionsYaml.FILE_NAME);
        return Files.isRegularFile(here) ? Optional.of(here) : Optional.empty();
    }

    static Conventions load(Path file) {
        InputFiles.requireBounded(file, "--config", InputFiles.MAX_TEXT_BYTES, true);
        try {
            if (InputFiles.isPipe(file)) {
                // --config <(…): read once, named as the user gave it
                String yaml = InputFiles.readPipe(file, "--config", InputFiles.MAX_TEXT_BYTES);
                return ConventionsYaml.read(new java.io.StringReader(yaml), file.toString());
            }
            return Conventions.load(file);
        } catch (ConventionsException e) {
            // a snapshot, report or baseline given as --config is JSON, hence YAML: say what it is, not "unknown key schema"
            throw new UserError(FileKinds.wrongKind(file, "psdm-conventions", "a conventions file (psdm config"
                    + " --print-defaults > .psdm.yml writes one)").orElse(e.getMessage()), e);
        } catch (java.io.UncheckedIOException e) {
            throw IoErrors.unreadable("--config", file, e);
        }
    }

    /**
     * An engine with these conventions and the custom rule files; rule ids the conventions override or
     * waive must exist among bundled and custom rules.
     */
    static PsdmEngine engine(Conventions conventions, List<Path> customRules) {
        PsdmEngine.Builder builder = PsdmEngine.builder().conventions(conventions);
        for (Path file : customRules) {
            InputFiles.requireBounded(file, "--rules", InputFiles.MAX_TEXT_BYTES, true);
            if (InputFiles.isPipe(file)) {
                builder.addDrl(InputFiles.readPipe(file, "--rules", InputFiles.MAX_TEXT_BYTES), file.toString());
            } else {
                builder.addRules(file);
            }
        }
        try {
            return builder.build();
        } catch (ConventionsException | InvalidRulesException e) {
            // Both are already one line naming the file, the line and the problem.
            throw new UserError(e.getMessage(), e);
        }
    }
}
