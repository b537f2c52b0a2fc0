package dev.psdm.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.psdm.report.testing.OutputValidators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.psdm.cli.CliRunner.LARGE;
import static dev.psdm.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --audience customer} (issue 25 item 9): the report a PM forwards to the customer's steering committee
 * leaves out the internal-only rules and never prints the title of a confidential issue, in any format. The large
 * sample's #93 "Commercials: change order pricing" is confidential, and PSDM-CONF-001 (internal) fails on it; the
 * tests reopen it, so customer-facing rules (PSDM-LBL-002: open and not on the board) report it too, and the
 * customer view must keep the finding but not the title.
 */
class AudienceCliTest {
    private static final String CONFIDENTIAL_TITLE = "Commercials: change order pricing";
    /** The bundled rules whose metadata says {@code @audience("internal")}. */
    private static final List<String> INTERNAL_RULES = List.of("PSDM-CONF-001", "PSDM-LBL-001", "PSDM-RET-001");
    private static final List<String> FORMATS = List.of("text", "json", "markdown", "junit", "codequality", "sarif", "html");

    @Test
    void theCustomerViewCarriesNoInternalRuleAndNoConfidentialTitleInAnyFormat(@TempDir Path dir) throws Exception {
        Path reopened = reopenedConfidentialIssue(dir);
        Map<String, String> internal = writeEveryFormat(reopened, dir.resolve("internal"), null);
        assertThat(internal.get("text")).as("a customer-facing rule quotes the title in the internal view")
                .contains("PSDM-LBL-002").contains("#93 '" + CONFIDENTIAL_TITLE + "'");
        Map<String, String> customer = writeEveryFormat(reopened, dir.resolve("customer"), "customer");
        for (Map<String, String> run : List.of(customer, writeEveryFormat(LARGE, dir.resolve("large"), "customer"))) {
            assertNothingInternal(run);
        }
        assertThat(customer.get("text")).contains("PSDM-LBL-002").contains("confidential issue #93");
        assertThat(customer.get("json")).contains("\"audience\" : \"customer\"");
        assertThat(OutputValidators.sarifProblems(customer.get("sarif"))).isEmpty();
        assertThat(OutputValidators.junitProblems(customer.get("junit"))).isEmpty();
        assertThat(OutputValidators.codeQualityProblems(customer.get("codequality"))).isEmpty();
    }

    private static void assertNothingInternal(Map<String, String> outputs) {
        for (var output : outputs.entrySet()) {
            assertThat(output.getValue()).as(output.getKey()).isNotBlank().doesNotContain(CONFIDENTIAL_TITLE);
            for (String rule : INTERNAL_RULES) {
                assertThat(output.getValue()).as(output.getKey() + " names " + rule).doesNotContain(rule);
            }
        }
    }

    @Test
    void theInternalViewIsTheDefaultAndShowsBoth(@TempDir Path dir) throws Exception {
        Map<String, String> internal = writeEveryFormat(LARGE, dir.resolve("default"), null);
        for (String format : List.of("text", "json", "markdown", "html")) {
            assertThat(internal.get(format)).as(format).contains(CONFIDENTIAL_TITLE).contains(INTERNAL_RULES);
        }
        assertThat(internal.get("json")).contains("\"audience\" : \"internal\"");
        assertThat(writeEveryFormat(LARGE, dir.resolve("internal"), "internal")).isEqualTo(internal);
    }

    @Test
    void aConfidentialIssueKeepsItsKeyAndLinkUnderAStandInTitle(@TempDir Path dir) throws Exception {
        var result = run("check", "--snapshot", reopenedConfidentialIssue(dir).toString(), "--audience", "customer", "--format", "json",
                "--fail-on", "never");
        JsonNode report = new ObjectMapper().readTree(result.out());
        List<JsonNode> subjects = report.findValues("subject").stream()
                .filter(s -> "issue#93".equals(s.path("key").asText())).toList();
        assertThat(subjects).as("#93 is still reported by a customer-facing rule").isNotEmpty();
        assertThat(subjects).allSatisfy(s -> {
            assertThat(s.path("title").asText()).isEqualTo("confidential issue #93");
            assertThat(s.path("confidential").asBoolean()).isTrue();
            assertThat(s.path("webUrl").asText()).endsWith("/-/issues/93");
        });
        report.path("results").forEach(r -> assertThat(r.path("ruleId").asText()).isNotIn(INTERNAL_RULES));
        int shown = report.path("results").size();
        assertThat(report.path("summary").path("pass").asInt() + report.path("summary").path("fail").asInt()
                + report.path("summary").path("notApplicable").asInt() + report.path("summary").path("notEvaluated").asInt()
                + report.path("summary").path("waived").asInt()).as("the summary counts the rules shown").isEqualTo(shown);
    }

    @Test
    void anUnknownAudienceIsAOneLineErrorWithExitTwo() {
        var result = run("check", "--snapshot", LARGE.toString(), "--audience", "steering");
        assertThat(result.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(result.err()).contains("'steering' is not one of internal, customer");
        assertThat(result.out()).isEmpty();
    }

    /** The large sample with its confidential #93 open again: then customer-facing rules report it too. */
    private static Path reopenedConfidentialIssue(Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode snapshot = json.readTree(LARGE.toFile());
        for (JsonNode issue : snapshot.path("issues")) {
            if (issue.path("iid").asLong() == 93) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) issue).put("state", "opened").remove("closedAt");
            }
        }
        Path file = dir.resolve("large-reopened.json");
        json.writeValue(file.toFile(), snapshot);
        return file;
    }

    /** Every format of one run, by name; the text report on standard output. */
    private static Map<String, String> writeEveryFormat(Path snapshot, Path dir, String audience) throws Exception {
        Files.createDirectories(dir);
        StringBuilder formats = new StringBuilder("text");
        for (String format : FORMATS.subList(1, FORMATS.size())) {
            formats.append(',').append(format).append('=').append(dir.resolve(format));
        }
        List<String> args = new java.util.ArrayList<>(List.of("check", "--snapshot", snapshot.toString(),
                "--format", formats.toString()));
        if (audience != null) {
            args.addAll(List.of("--audience", audience));
        }
        var result = run(args.toArray(String[]::new));
        assertThat(result.err()).isEmpty();
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("text", result.out());
        for (String format : FORMATS.subList(1, FORMATS.size())) {
            outputs.put(format, Files.readString(dir.resolve(format)));
        }
        return outputs;
    }
}
