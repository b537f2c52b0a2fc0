package dev.psdm.cli;

import dev.psdm.model.Snapshot;
import dev.psdm.model.json.SnapshotFormatException;
import dev.psdm.model.json.SnapshotJson;
import dev.psdm.rules.EvaluationOptions;
import dev.psdm.rules.PsdmEngine;
import dev.psdm.rules.conventions.Conventions;
import dev.psdm.rules.report.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code psdm check}: evaluates a snapshot file, or a project read live from GitLab, and writes the report. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks a project snapshot, or a project read from GitLab, against the PSDM rules and writes the report.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:no failing requirement at or above --fail-on",
                "1:a failing requirement at or above --fail-on",
                "2:the check could not run"})
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    PsdmCli parent;

    // Exactly one source: checked in call(), where the message can say it plainly (picocli's own
    // message for an exclusive group repeats the whole synopsis twice).
    @Option(names = "--snapshot", paramLabel = "FILE",
            description = "Snapshot JSON file (psdm-snapshot/1) to check. Or read the project from GitLab with --gitlab-url and --project.")
    Path snapshot;

    @CommandLine.ArgGroup(exclusive = false, heading = "%nOr read the project from GitLab (token: GITLAB_TOKEN or --token-file):%n")
    GitLabOptions gitlab;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Team conventions (.psdm.yml). Default: .psdm.yml next to the snapshot, else in the working directory, else the handbook's defaults.")
    Path config;

    @Option(names = "--as-of", paramLabel = "ISO", converter = AsOfConverter.class,
            description = "Evaluation date or instant (default: the snapshot's fetchedAt). A date means 00:00 UTC.")
    Instant asOf;

    @Option(names = "--format", paramLabel = "FORMAT[=FILE]", split = ",",
            description = "Output format: text (default) or json; repeatable; FORMAT=FILE writes that format to its own file.")
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (atomically) instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Lowest severity of a failing rule that makes the exit code 1: error (default), warning, info or never.",
            converter = FailOnConverter.class)
    FailOn failOn;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Custom DRL rules to run beside the bundled ones; repeatable. See docs/writing-rules.md.")
    List<Path> rules = new ArrayList<>();

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces of errors (and, reading GitLab, the request count and time).")
    boolean verbose;

    @Override
    public Integer call() {
        if ((snapshot == null) == (gitlab == null)) {
            throw new UserError(snapshot == null
                    ? "nothing to check: give --snapshot FILE, or --gitlab-url URL --project PATH_OR_ID"
                    : "give either --snapshot FILE or --gitlab-url URL --project PATH_OR_ID, not both");
        }
        List<OutputTarget> targets = resolveTargets();
        // Conventions and custom rules first: a broken .psdm.yml or DRL file should not cost a GitLab fetch.
        Conventions conventions = ConventionsFile.locate(config, snapshot).map(ConventionsFile::load)
                .orElse(Conventions.defaults());
        PsdmEngine engine = ConventionsFile.engine(conventions, rules);
        Snapshot loaded = snapshot != null
                ? readSnapshot(snapshot)
                : GitLabFetch.fetch(gitlab, parent.env(), spec.commandLine().getErr(), verbose);
        Report report = engine.evaluate(loaded, asOf == null ? EvaluationOptions.defaults() : EvaluationOptions.asOf(asOf));
        for (OutputTarget target : targets) {
            write(report, target);
        }
        return failOn.exitCode(report);
    }

    static Snapshot readSnapshot(Path file) {
        try {
            return SnapshotJson.read(file);
        } catch (SnapshotFormatException e) {
            throw new UserError(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new UserError("cannot read " + file + ": " + e.getCause().getMessage(), e);
        }
    }

    private List<OutputTarget> resolveTargets() {
        List<OutputTarget> targets = new ArrayList<>();
        for (String f : formats.isEmpty() ? List.of("text") : formats) {
            targets.add(OutputTarget.parse(f));
        }
        long withoutFile = targets.stream().filter(t -> t.file() == null).count();
        if (withoutFile > 1) {
            throw new UserError("only one --format can go to " + (output != null ? "--output" : "standard output")
                    + "; give the others their own file, e.g. --format json=psdm-report.json");
        }
        if (output != null) {
            targets.replaceAll(t -> t.file() == null ? new OutputTarget(t.format(), output) : t);
        }
        return targets;
    }

    private void write(Report report, OutputTarget target) {
        String rendered = target.format().writer().render(report);
        if (target.file() == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(rendered);
            out.flush();
        } else {
            AtomicFiles.write(target.file(), rendered);
        }
    }

    /** picocli's enum conversion is case-sensitive on values; accept {@code ERROR} and {@code error}. */
    static final class FailOnConverter implements CommandLine.ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            try {
                return FailOn.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not one of error, warning, info, never");
            }
        }
    }
}
