package dev.psdm.cli;

import dev.psdm.model.Snapshot;
import dev.psdm.engine.PsdmEngine;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.report.Audience;
import dev.psdm.report.AudienceView;
import dev.psdm.report.ReadFailure;
import dev.psdm.report.Report;
import dev.psdm.report.baseline.Baseline;
import dev.psdm.report.PortfolioReport;
import dev.psdm.report.Tool;
import dev.psdm.report.format.FormatOptions;
import dev.psdm.report.format.PortfolioWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code psdm check}: evaluates a snapshot file, or a project read live from GitLab, and writes the report. What it
 * reads and writes besides the evaluation lives beside it: the sources ({@link CheckInput}), the baseline
 * ({@link BaselineInput}), the outputs ({@link OutputTarget#resolve}, {@link ReportOutputs}).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks a project snapshot, or a project read from GitLab, against the PSDM rules and writes the report.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:no failing requirement at or above --fail-on (waived and baselined findings do not count)",
                "1:a failing requirement at or above --fail-on",
                "2:the check could not run, or data failed to read (an incomplete run; every report is written"
                        + " and says so) unless --allow-incomplete"})
class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CheckInput input;

    @Mixin
    TerminalColors.Options colors;

    @Mixin
    PublishOptions publishing;

    @Option(names = "--format", paramLabel = "FORMAT[=FILE]", split = ",",
            description = "Output format: text (default), json, markdown, junit, codequality, sarif or html; repeatable;"
                    + " FORMAT=FILE writes that format to its own file.")
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (atomically) instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Lowest severity of a failing rule that makes the exit code 1: error (default), warning, info or never."
                    + " Waived and baselined findings never count.",
            converter = FailOn.Converter.class)
    FailOn failOn;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Compare with a baseline written by 'psdm baseline': only findings not in it fail the check;"
                    + " fixed ones are reported. The file must exist.")
    Path baseline;

    @Option(names = "--code-quality-path", paramLabel = "PATH", defaultValue = FormatOptions.DEFAULT_LOCATION_PATH,
            description = "Repository path that Code Quality entries and SARIF waivers point at (findings are about"
                    + " issues, not files): default ${DEFAULT-VALUE}.")
    String codeQualityPath;

    @Option(names = "--rule-docs-url", paramLabel = "URL",
            description = "Where rule pages live (URL + ID + .md), linked from every report: an absolute http(s) URL,"
                    + " or '' for no links. Default: .psdm.yml's report.ruleDocsUrl, else this release's pages"
                    + " (docs/ci.md, Rule page links).")
    String ruleDocsUrl;

    @Option(names = "--allow-incomplete",
            description = "When data failed to read (the report says \"incomplete\"), let --fail-on decide the exit code"
                    + " instead of exiting 2. Data absent by design (tier, permission, feature off) never makes a run incomplete.")
    boolean allowIncomplete;

    @Option(names = "--audience", paramLabel = "WHO", defaultValue = "internal", converter = AudienceConverter.class,
            description = "internal (default): every rule; customer: the view to forward to the customer, without the"
                    + " internal-only rules and without the titles of confidential issues, in every format.")
    Audience audience;

    @Option(names = "--keep-mentions",
            description = "Keep @name in issue titles live in the markdown report (by default a zero-width joiner "
                    + "keeps a posted report from pinging @all or a member).")
    boolean keepMentions;


    @Override
    public Integer call() {
        input.requireOneSource();
        RuleDocsBase.check(ruleDocsUrl);
        List<OutputTarget> targets = OutputTarget.resolve(formats, output, input.inputs().add("--baseline", baseline));
        if (input.isGroupScan()) {
            return scanGroup(targets);
        }
        // read the baseline before the (slower) evaluation: a missing file must fail fast, never be created
        Baseline known = baseline == null ? null : BaselineInput.read(baseline);
        // the rules load on a second thread while the snapshot is read (EngineLoader, docs/PERFORMANCE.md)
        EngineLoader loading = EngineLoader.start(input::engine);
        Snapshot loaded = input.loadSnapshot();
        if (known != null) {
            BaselineInput.requireSameProject(known, baseline, loaded, input.quiet, spec.commandLine().getErr());
        }
        PsdmEngine engine = loading.join();
        Report report = input.evaluate(engine, loaded);
        if (known != null) {
            report = known.applyTo(report);
        }
        report = failOn.gate(report).withTool(new Tool("psdm-check", VersionProvider.version()));
        // the view comes last: a baseline from the internal report must see the internal rules' findings
        report = AudienceView.of(report, audience, engine.rules(), loaded);
        FormatOptions options = formatOptions(engine);
        Report checked = report;
        ReportOutputs outputs = outputs();
        if (!outputs.writeAll(targets, target -> outputs.writer(target, options).render(checked))) {
            return ExitCode.ERROR;
        }
        if (publishes()) {
            publish(report, loaded, options, engine);
        }
        if (report.incomplete() && !allowIncomplete) {
            return incomplete(report.readFailures().stream().map(ReadFailure::resource).distinct().toList());
        }
        return failOn.exitCode(report);
    }

    /**
     * Data failed to read (issue 22 item 2): the reports are written and say so, and the job must not go
     * green on them. Only resource names here (fixed words); GitLab's own text is in the reports.
     */
    private int incomplete(List<String> resources) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("psdm: the check is incomplete: failed to read " + String.join(", ", resources)
                + "; every report was written and says why (exit code 2; --allow-incomplete lets --fail-on decide)");
        err.flush();
        return ExitCode.ERROR;
    }

    /** {@code --publish}; {@code psdm publish} always publishes. */
    boolean publishes() {
        return publishing.publish;
    }

    /** After the local reports are written (issue 30 item 5: a failed publish still leaves them). */
    private void publish(Report report, Snapshot loaded, FormatOptions options, PsdmEngine engine) {
        if (report.incomplete()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("psdm: nothing was published: data failed to read, and an incomplete check must not stand as"
                    + " the project's posture");
            err.flush();
            return;
        }
        // the command line's options over .psdm.yml's publish keys, over their defaults
        PublishConfig config = PublishConfig.of(publishing, engine.conventions());
        config.requireRules(engine.rules());
        String markdown = root().secrets().redact(
                dev.psdm.report.format.ReportFormat.MARKDOWN.writer(options).render(report));
        Publishing.run(publishing, config, input.gitlab, root(), spec.commandLine().getErr(), report, markdown,
                failOn.exitCode(report) == ExitCode.OK, ReminderNotes.of(report, loaded, config.remind(), config.pm()));
    }

    /** {@code --group}: every project of the group, one combined report (docs/portfolio.md). */
    private int scanGroup(List<OutputTarget> targets) {
        if (publishes()) {
            GroupPublishing.requireSupported(publishing);
        }
        if (baseline != null) {
            throw new UserError("--baseline compares one project with its baseline; it does not work with --group");
        }
        input.requireAsOfNotAfter(java.time.Instant.now());
        PsdmEngine engine = input.engine();
        PsdmCli root = (PsdmCli) spec.root().userObject();
        PrintWriter err = spec.commandLine().getErr();
        input.gitlab.quiet = input.quiet;
        dev.psdm.gitlab.RequestPacer pacer = PortfolioScan.pacer(input.gitlab);
        PortfolioReport portfolio = PortfolioScan.run(input.gitlab, root, err, input.verbose, engine,
                input.evaluationOptions(), audience, pacer).gatedAt(failOn.policy());
        FormatOptions options = formatOptions(engine);
        if (!outputs().writeAll(targets, target -> new PortfolioWriter(target.format(), options).render(portfolio))) {
            return ExitCode.ERROR;
        }
        if (publishes() && !new GroupPublishing(publishing, PublishConfig.of(publishing, engine.conventions()),
                input.gitlab, root, err, failOn, pacer,
                report -> root.secrets().redact(dev.psdm.report.format.ReportFormat.MARKDOWN.writer(options).render(report)),
                root.secrets().redact(new PortfolioWriter(dev.psdm.report.format.ReportFormat.MARKDOWN, options).render(portfolio)))
                .publish(portfolio)) {
            return ExitCode.ERROR;
        }
        if (portfolio.notLoaded() > 0) {
            err.println("psdm: " + portfolio.notLoaded() + " of " + portfolio.projects().size()
                    + " projects could not be read; the report says why (exit code 2: the scan is incomplete)");
            err.flush();
            return ExitCode.ERROR;
        }
        List<String> incomplete = portfolio.projects().stream().filter(e -> e.report() != null && e.report().incomplete())
                .map(PortfolioReport.Entry::path).toList();
        if (!incomplete.isEmpty() && !allowIncomplete) {
            return incomplete(List.of(incomplete.size() + (incomplete.size() == 1 ? " project's data" : " projects' data")));
        }
        return failOn.exitCode(portfolio);
    }

    /** The formats list only the rules the audience sees (SARIF's driver names every rule it lists). */
    private FormatOptions formatOptions(PsdmEngine engine) {
        return new FormatOptions(codeQualityPath, RuleDocsBase.of(ruleDocsUrl, engine), AudienceView.rules(audience, engine.rules()),
                VersionProvider.version(), keepMentions);
    }

    /** Standard output or the targets' files ({@link ReportOutputs}). */
    private ReportOutputs outputs() {
        return new ReportOutputs(spec, colors);
    }

    private PsdmCli root() {
        return (PsdmCli) spec.root().userObject();
    }


}
