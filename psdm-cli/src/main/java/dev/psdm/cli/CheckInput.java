package dev.psdm.cli;

import dev.psdm.model.Snapshot;
import dev.psdm.model.json.SnapshotFormatException;
import dev.psdm.model.json.SnapshotJson;
import dev.psdm.engine.DataPeriod;
import dev.psdm.engine.EvaluationOptions;
import dev.psdm.engine.PsdmEngine;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.report.Report;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a command evaluates: where the snapshot comes from (a file or GitLab), as of when, with which
 * conventions and custom rules. A picocli mixin shared by {@code check} and {@code baseline}, so both
 * accept the same sources and options.
 */
final class CheckInput {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    // Exactly one source: checked in snapshot(), where the message can say it plainly (picocli's own
    // message for an exclusive group repeats the whole synopsis twice).
    @Option(names = "--snapshot", paramLabel = "FILE",
            description = "Snapshot JSON file (psdm-snapshot/1) to check, - for standard input. Or read the project from"
                    + " GitLab with --gitlab-url and --project.")
    Path snapshot;

    @CommandLine.ArgGroup(exclusive = false, heading = "%nOr read the project from GitLab (token: GITLAB_TOKEN or --token-file):%n")
    GroupScanOptions gitlab;

    @Option(names = "--as-of", paramLabel = "ISO", converter = AsOfConverter.class,
            description = "Evaluation date or instant (default: the snapshot's fetchedAt). A date means 00:00 UTC.")
    Instant asOf;

    @Option(names = "--allow-as-of-outside-data",
            description = "Evaluate an --as-of after the data was read (fetchedAt) or before the project existed: a what-if"
                    + " run, which every report states. Without it such an --as-of is refused (exit 2).")
    boolean allowAsOfOutsideData;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Team conventions (.psdm.yml). Default: .psdm.yml next to the snapshot, else in the working directory, else the handbook's defaults.")
    Path config;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Custom DRL rules to run beside the bundled ones; repeatable. See docs/writing-rules.md.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--rule-timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "Give up an evaluation that runs longer than this (a custom rule that loops), naming the rule"
                    + " (default: ${DEFAULT-VALUE} s).")
    int ruleTimeoutSeconds = 300;

    @Option(names = {"-q", "--quiet"},
            description = "Print nothing but errors on standard error (no progress while reading GitLab, no line per"
                    + " project with --group).")
    boolean quiet;

    @CommandLine.Mixin
    RefusedOptions refused;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces of errors (and, reading GitLab, the request count and time).")
    boolean verbose;

    /** Fails fast, before anything slow, when the command was given no source or two. */
    void requireOneSource() {
        if ((snapshot == null) == (gitlab == null)) {
            throw new UserError(snapshot == null
                    ? "nothing to check: give --snapshot FILE, or --gitlab-url URL --project PATH_OR_ID"
                    : "give either --snapshot FILE or --gitlab-url URL --project PATH_OR_ID, not both");
        }
        if (gitlab != null && (gitlab.project == null) == (gitlab.group == null)) {
            throw new UserError(gitlab.project == null
                    ? "with --gitlab-url, give --project PATH_OR_ID (one project) or --group PATH (every project of a group)"
                    : "give either --project or --group, not both");
        }
    }

    /** The files this command reads, for {@link OutputChecks}. */
    OutputChecks.Inputs inputs() {
        return new OutputChecks.Inputs().add("--snapshot", snapshot).add("--config", conventionsFile()).addAll("--rules", rules)
                .add("--token-file", gitlab == null ? null : gitlab.tokenFile);
    }

    /**
     * {@link #requireOneSource()} for a command about one project ({@code psdm baseline}, {@code psdm explain}):
     * a group scan is refused with {@code refusal}, the command's own one line.
     */
    void requireOneProject(String refusal) {
        requireOneSource();
        if (isGroupScan()) {
            throw new UserError(refusal);
        }
    }

    /** A portfolio scan: every project of a group ({@code --group}). */
    boolean isGroupScan() {
        return gitlab != null && gitlab.group != null;
    }

    /** The conventions file when one is given or found, else the handbook's defaults. */
    Conventions conventions() {
        return ConventionsFile.locate(config, snapshot).map(ConventionsFile::load).orElse(Conventions.defaults());
    }

    /** The conventions file's path as a repository path, or null when there is none. */
    Path conventionsFile() {
        return ConventionsFile.locate(config, snapshot).orElse(null);
    }

    /**
     * The engine for the conventions and custom rules. Built before the snapshot is read: a broken
     * .psdm.yml or DRL file should not cost a GitLab fetch.
     */
    PsdmEngine engine() {
        return ConventionsFile.engine(conventions(), rules);
    }

    /** The snapshot to evaluate, from the file or fetched from GitLab. */
    Snapshot loadSnapshot() {
        requireOneSource();
        if (snapshot != null) {
            return readSnapshot(snapshot);
        }
        PsdmCli root = (PsdmCli) mixee.root().userObject();
        gitlab.quiet = quiet;
        return GitLabFetch.fetch(gitlab, root, mixee.commandLine().getErr(), verbose);
    }

    /** Evaluates the snapshot with the engine; the conventions' waivers are applied by the engine. */
    Report evaluate(PsdmEngine engine) {
        return evaluate(engine, loadSnapshot());
    }

    /** Evaluates an already loaded snapshot as of the requested instant. */
    Report evaluate(PsdmEngine engine, Snapshot loaded) {
        requireAsOfWithin(loaded);
        return engine.evaluate(loaded, evaluationOptions());
    }

    /**
     * Issue 25 item 7: as of a time the data cannot show, iterations not yet ended when it was read look "closed
     * without review" and issues created later are judged; refused unless {@code --allow-as-of-outside-data}.
     */
    void requireAsOfWithin(Snapshot loaded) {
        if (asOf != null && !allowAsOfOutsideData) {
            DataPeriod.outside(loaded, asOf).ifPresent(why -> {
                throw new UserError("--as-of: " + why + "; give an as-of within the data, or --allow-as-of-outside-data"
                        + " for a what-if run");
            });
        }
    }

    /** For a group scan, read now: an --as-of in the future is after any project's data (issue 25 item 7). */
    void requireAsOfNotAfter(Instant now) {
        if (asOf != null && !allowAsOfOutsideData && asOf.isAfter(now)) {
            throw new UserError("--as-of: as of " + asOf + " is after the data is read (now); give an as-of up to now,"
                    + " or --allow-as-of-outside-data for a what-if run");
        }
    }

    /** As of {@code --as-of}, else each snapshot's fetch time. */
    EvaluationOptions evaluationOptions() {
        if (ruleTimeoutSeconds < 1) {
            throw new UserError("--rule-timeout must be at least 1 second");
        }
        EvaluationOptions options = asOf == null ? EvaluationOptions.defaults() : EvaluationOptions.asOf(asOf);
        return options.withRuleTimeout(Duration.ofSeconds(ruleTimeoutSeconds));
    }

    static Snapshot readSnapshot(Path file) {
        if (file.toString().equals("-")) {
            // conftest's and jq's habit: '-' is standard input
            return SnapshotJson.read(System.in, "standard input");
        }
        return InputFiles.read(file, "--snapshot", InputFiles.READER_GUARDS, SnapshotFormatException.class,
                "psdm-snapshot", "a snapshot (make one with psdm snapshot)", SnapshotJson::read);
    }
}
