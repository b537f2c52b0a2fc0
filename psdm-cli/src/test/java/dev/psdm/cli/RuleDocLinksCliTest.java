package dev.psdm.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static dev.psdm.cli.CliRunner.LARGE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 25 item 4: every report {@code psdm check} writes links rule pages absolutely (by default this
 * release's pages in psdm-check's project; {@code .psdm.yml}'s {@code report.ruleDocsUrl}; {@code --rule-docs-url}
 * over both), the text report included, and never with a relative {@code docs/rules/} link.
 */
class RuleDocLinksCliTest {
    private static final Pattern RELATIVE = Pattern.compile("(?<![\\w./:-])docs/rules/");
    private static final String[] FORMATS = {"text", "markdown", "html", "junit", "sarif", "codequality", "json"};

    private static List<String> run(Path dir, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("check", "--snapshot", LARGE.toString(), "--fail-on", "never", "--format"));
        StringBuilder formats = new StringBuilder();
        for (String f : FORMATS) {
            formats.append(formats.length() == 0 ? "" : ",").append(f).append('=').append(dir.resolve("report-" + f));
        }
        args.add(formats.toString());
        args.addAll(List.of(extra));
        CliRun result = CliRun.of(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> outputs = new ArrayList<>();
        for (String f : FORMATS) {
            outputs.add(Files.readString(dir.resolve("report-" + f)));
        }
        return outputs;
    }

    @Test
    void byDefaultEveryFormatLinksThisReleasesRulePagesAndNoneARelativePath(@TempDir Path dir) throws IOException {
        List<String> outputs = run(dir);
        String page = VersionProvider.ruleDocsUrl() + "PSDM-RAID-002.md";
        assertThat(page).startsWith("https://");
        for (int k = 0; k < FORMATS.length; k++) {
            assertThat(RELATIVE.matcher(outputs.get(k)).find()).as(FORMATS[k] + " has a relative docs/rules/ link").isFalse();
        }
        assertThat(outputs.get(0)).as("text").contains("\n      rule:     " + page + "\n")
                .contains("\n      section:  https://handbook.gitlab.com/handbook/customer-success/");
        assertThat(outputs.get(1)).as("markdown").contains("[PSDM-RAID-002](" + page + ")");
        assertThat(outputs.get(2)).as("html").contains("href=\"" + page + "\"");
        assertThat(outputs.get(3)).as("junit").contains("Rule page: " + page);
        assertThat(outputs.get(4)).as("sarif").contains("\"helpUri\" : \"" + page + "\"");
        assertThat(outputs.get(5)).as("code quality").contains("Rule page: " + page);
    }

    @Test
    void theConventionsFileSetsTheBaseAndTheOptionWinsOverIt(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("team.yml"), "report:\n  ruleDocsUrl: https://wiki.example/psdm/\n");
        assertThat(run(dir, "--config", config.toString()).get(1)).contains("[PSDM-RAID-002](https://wiki.example/psdm/PSDM-RAID-002.md)");
        assertThat(run(dir, "--config", config.toString(), "--rule-docs-url", "https://other.example/r").get(1))
                .contains("[PSDM-RAID-002](https://other.example/r/PSDM-RAID-002.md)").doesNotContain("wiki.example");
        List<String> none = run(dir, "--rule-docs-url", "");
        assertThat(none.get(1)).contains("| PSDM-RAID-002 |").doesNotContain(".md)");
        assertThat(none.get(0)).doesNotContain("      rule:");
    }

    @Test
    void aRelativeBaseIsRefusedInOneLine() {
        CliRun result = CliRun.of("check", "--snapshot", LARGE.toString(), "--rule-docs-url", "docs/rules/");
        assertThat(result.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(result.err()).isEqualTo("psdm: --rule-docs-url must be an absolute http(s) URL (a relative link is dead"
                + " in a job artifact or an MR comment), got 'docs/rules/'; '' turns the links off\n");
    }
}
