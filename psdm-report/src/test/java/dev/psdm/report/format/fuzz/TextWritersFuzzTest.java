package dev.psdm.report.format.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.psdm.report.Finding;
import dev.psdm.report.ProjectRef;
import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Severity;
import dev.psdm.report.SizeClass;
import dev.psdm.report.SizeInfo;
import dev.psdm.report.Status;
import dev.psdm.report.Subject;
import dev.psdm.report.format.ReportFormat;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 18: hostile strings in every interpolated field of the Markdown and text reports (project
 * path, name and URL, size reason, rule title and source, finding message, subject title and URL, a
 * not-evaluated reason). The oracle is structural: the report has exactly the lines it has with benign
 * text (a value cannot start a line: no forged heading, verdict or log section end), holds no control
 * character but its own line breaks, and the Markdown has no raw HTML but its own {@code <details>} and
 * no link outside http(s) and the rule pages.
 *
 * <p>In the normal build this runs over the committed corpus
 * ({@code src/test/resources/dev/psdm/report/format/fuzz/TextWritersFuzzTestInputs/}); a campaign:
 * {@code JAZZER_FUZZ=1 mvn -B -q test -pl psdm-report -am -Dtest=TextWritersFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false} (one million executions; docs/RELIABILITY.md).
 */
class TextWritersFuzzTest {
    /** A link's target: {@code ](...)} where the bracket is not escaped ({@code \]} is text). */
    private static final Pattern LINK_TARGET = Pattern.compile("(?<!\\\\)\\]\\(([^)]*)\\)");
    private static final Pattern HTML_TAG = Pattern.compile("(?<!\\\\)<(?!/?(details|summary)>)");

    private static final Report BENIGN = report(new String[]{"p", "n", "https://gitlab.example.com/p", "r", "t", "s",
            "m", "i", "https://gitlab.example.com/p/-/issues/1"});
    private static final long BENIGN_TEXT_LINES = ReportFormat.TEXT.writer().render(BENIGN).lines().count();
    private static final long BENIGN_MARKDOWN_LINES = ReportFormat.MARKDOWN.writer().render(BENIGN).lines().count();

    @FuzzTest(maxDuration = "15m", maxExecutions = 1_000_000)
    void hostileTextCannotForgeTheMarkdownOrTheTextReport(FuzzedDataProvider data) {
        String[] values = new String[9];
        for (int k = 0; k < values.length; k++) {
            values[k] = data.consumeString(200);
        }
        Report hostile = report(values);

        String text = ReportFormat.TEXT.writer().render(hostile);
        String md = ReportFormat.MARKDOWN.writer().render(hostile);
        check("text", text, BENIGN_TEXT_LINES);
        check("markdown", md, BENIGN_MARKDOWN_LINES);
        String markup = withoutProjectPathSpan(md);
        if (HTML_TAG.matcher(markup).find()) {
            throw new AssertionError("raw HTML in the Markdown report: " + md);
        }
        Matcher link = LINK_TARGET.matcher(markup);
        while (link.find()) {
            String target = link.group(1);
            String scheme = target.toLowerCase(java.util.Locale.ROOT);
            if (!scheme.startsWith("https://") && !scheme.startsWith("http://") && !target.startsWith("docs/rules/")) {
                throw new AssertionError("a link outside http(s): " + target);
            }
        }
    }

    /**
     * The project path is the one value written in a code span (literal text in Markdown, never HTML or a
     * link), between {@code " (`"} and {@code "`) as of "} on the report's third line: blank it out.
     */
    private static String withoutProjectPathSpan(String md) {
        int open = md.indexOf(" (`");
        int close = md.indexOf("`) as of ", open + 3);
        return open < 0 || close < 0 ? md : md.substring(0, open + 3) + md.substring(close);
    }

    private static void check(String format, String hostile, long benignLines) {
        if (hostile.lines().count() != benignLines) {
            throw new AssertionError(format + ": a value started a line of its own:\n" + hostile);
        }
        for (int i = 0; i < hostile.length(); i++) {
            char c = hostile.charAt(i);
            if ((c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029') {
                throw new AssertionError(format + ": control character U+" + Integer.toHexString(c) + " in\n" + hostile);
            }
        }
    }

    private static Report report(String[] v) {
        Finding finding = new Finding(Severity.ERROR, v[6], new Subject("issue", 7L, null, v[7], v[8]));
        RuleResult failing = new RuleResult("PSDM-WGT-001", v[4], Severity.ERROR, Status.FAIL, v[5], null, List.of(finding));
        RuleResult undecided = new RuleResult("PSDM-EPIC-001", v[4], Severity.INFO, Status.NOT_EVALUATED, v[5], v[3], List.of());
        return new Report(new ProjectRef(1, v[0], v[1], v[2]), Instant.parse("2026-05-15T12:00:00Z"),
                new SizeInfo(SizeClass.SMALL, v[3]), List.of(failing, undecided));
    }
}
