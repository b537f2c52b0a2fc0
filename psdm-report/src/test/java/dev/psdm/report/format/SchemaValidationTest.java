package dev.psdm.report.format;

import dev.psdm.report.testing.OutputValidators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JUnit, Code Quality and SARIF outputs of every scenario validate against their schemas, and the
 * validators do reject broken documents (so a passing test means something).
 */
class SchemaValidationTest {

    static List<GoldenFilesTest.Scenario> scenarios() {
        return GoldenFilesTest.SCENARIOS;
    }

    /** Each format that has a schema, with its validator: the JUnit XSD, the report schema, Code Quality's, SARIF's. */
    private static final Map<ReportFormat, Function<String, List<String>>> VALIDATORS = new EnumMap<>(Map.of(
            ReportFormat.JUNIT, OutputValidators::junitProblems,
            ReportFormat.JSON, OutputValidators::reportProblems,
            ReportFormat.CODEQUALITY, OutputValidators::codeQualityProblems,
            ReportFormat.SARIF, OutputValidators::sarifProblems));

    static Stream<Arguments> scenariosAndValidatedFormats() {
        return GoldenFilesTest.SCENARIOS.stream()
                .flatMap(s -> VALIDATORS.keySet().stream().map(format -> Arguments.of(s, format)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("scenariosAndValidatedFormats")
    void outputValidatesAgainstItsSchema(GoldenFilesTest.Scenario s, ReportFormat format) {
        String output = format.writer(s.options()).render(s.report().get());
        assertThat(VALIDATORS.get(format).apply(output)).isEmpty();
    }

    /**
     * With {@code -Dpsdm.officialSarifSchema=PATH} (the OASIS sarif-schema-2.1.0.json, not committed here),
     * the SARIF outputs are checked against the official schema too.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    @EnabledIfSystemProperty(named = "psdm.officialSarifSchema", matches = ".+")
    void sarifValidatesAgainstTheOfficialSchema(GoldenFilesTest.Scenario s) {
        String json = ReportFormat.SARIF.writer(s.options()).render(s.report().get());
        assertThat(OutputValidators.sarifProblems(json, Path.of(System.getProperty("psdm.officialSarifSchema")))).isEmpty();
    }

    /**
     * The engine's own report of the large sample (psdm-rules' end-to-end golden, kept true to a run by its
     * EndToEndGoldenTest): every bundled rule family carries evidence items, the report validates, and the schema
     * rejects evidence the contract forbids (issue 29 item 3).
     */
    @Test
    void aReportWithEvidenceInEveryFamilyValidatesAndBrokenEvidenceDoesNot() throws Exception {
        String json = Files.readString(Path.of("..", "psdm-rules", "src", "test", "resources", "golden", "end-to-end",
                "large-waived-baselined.json"));
        assertThat(OutputValidators.reportProblems(json)).isEmpty();
        Map<String, Integer> itemsByFamily = new TreeMap<>();
        for (JsonNode r : new ObjectMapper().readTree(json).get("results")) {
            String family = r.get("ruleId").asText().replaceAll("^PSDM-([A-Z0-9]+)-\\d+$", "$1");
            int items = r.path("evidence").path("items").size();
            for (JsonNode f : r.path("findings")) {
                items += f.path("evidence").size();
            }
            itemsByFamily.merge(family, items, Integer::sum);
        }
        assertThat(itemsByFamily).containsOnlyKeys("BKL", "CER", "CLOSE", "COMM", "CONF", "DRI", "EPIC", "IT0", "ITER",
                "LBL", "MS", "RAID", "RET", "SSOT", "WGT").allSatisfy((family, n) -> assertThat(n).as(family).isPositive());

        assertRejected(json, "\"kind\" : \"[A-Z_]+\"", "\"kind\" : \"GUESSED\"", "an unknown evidence kind");
        assertRejected(json, "\"kind\" : \"([A-Z_]+)\"", "\"kind\" : \"$1\", \"score\" : 1", "an undocumented field of an evidence item");
        assertRejected(json, "\"lookedAt\" : \\[", "\"omitted\" : 0, \"lookedAt\" : [", "omitted 0 (left out instead)");
        assertRejected(json, ",\\s*\"text\" : \"[^\"]*\"\\s*}", " }", "an evidence item without its text");
    }

    /**
     * The report schema rejects {@code valid} with the first match of {@code regex} replaced: {@code what} the
     * contract forbids. The match must exist, or the case would check the valid document again.
     */
    private static void assertRejected(String valid, String regex, String replacement, String what) {
        assertThat(valid).as(what).containsPattern(regex);
        assertThat(OutputValidators.reportProblems(valid.replaceFirst(regex, replacement))).as(what).isNotEmpty();
    }

    @Test
    void reportSchemaRejectsWhatTheContractForbids() {
        String valid = ReportFormat.JSON.writer(GoldenFilesTest.SCENARIOS.get(0).options())
                .render(GoldenFilesTest.SCENARIOS.get(0).report().get());
        assertThat(OutputValidators.reportProblems(valid)).isEmpty();
        assertRejected(valid, java.util.regex.Pattern.quote("\"psdm-report/1\""), "\"psdm-report/2\"", "another major version");
        assertRejected(valid, "\"asOf\"", "\"undocumented\" : 1, \"asOf\"", "an undocumented field");
        assertRejected(valid, "\"status\" : \"[A-Z_]+\"", "\"status\" : \"SKIPPED\"", "an unknown status");
        assertRejected(valid, "\"audience\" : \"internal\"", "\"audience\" : \"board\"", "an unknown audience");
        assertThat(OutputValidators.reportProblems("{\"schema\":\"psdm-portfolio/1\",\"projects\":[{\"path\":\"a/b\","
                + "\"report\":{\"schema\":\"psdm-report/1\"}}]}")).as("a portfolio's report without its fields")
                .anyMatch(p -> p.startsWith("a/b: "));
    }

    @Test
    void everySubjectHasOneShapeWithItsKey() {
        String subject = "{\"type\":\"issue\",\"key\":\"issue#42\",\"iid\":42,\"title\":\"t\"}";
        String report = "{\"schema\":\"psdm-report/1\",\"project\":{\"id\":1},\"asOf\":\"2026-01-01T00:00:00Z\","
                + "\"audience\":\"internal\",\"gate\":{\"verdict\":\"passed\",\"failOn\":\"error\",\"exitCode\":0,"
                + "\"failing\":{\"error\":0,\"warning\":0,\"info\":0}},\"size\":{\"class\":\"SMALL\",\"reason\":\"r\"},"
                + "\"summary\":{\"pass\":0,\"fail\":0,\"notApplicable\":0,\"notEvaluated\":0},\"results\":[],"
                + "\"notices\":[{\"kind\":\"BASELINE_FIXED\",\"ruleId\":\"R\",\"subject\":SUBJECT,\"message\":\"m\"}]}";
        assertThat(OutputValidators.reportProblems(report.replace("SUBJECT", subject))).isEmpty();
        assertThat(OutputValidators.reportProblems(report.replace("SUBJECT", "\"issue#42\""))).as("a notice's subject as a string")
                .isNotEmpty();
        assertThat(OutputValidators.reportProblems(report.replace("SUBJECT", subject.replace(",\"key\":\"issue#42\"", ""))))
                .as("a subject without its key").isNotEmpty();
        assertThat(OutputValidators.reportProblems(report.replace("SUBJECT", subject.replace(",\"iid\":42", ""))))
                .as("an issue without its iid").isNotEmpty();
        assertThat(OutputValidators.reportProblems(report.replace("SUBJECT",
                "{\"type\":\"iteration\",\"key\":\"iteration:7\",\"title\":\"Iteration 7\"}"))).as("an iteration without its id")
                .isNotEmpty();
        assertThat(OutputValidators.reportProblems(report.replace("SUBJECT",
                "{\"type\":\"activity\",\"key\":\"activity:internal retrospective\",\"title\":\"internal retrospective\"}")))
                .as("an activity, keyed by its name").isEmpty();
    }

    @Test
    void validatorsRejectBrokenDocuments() {
        assertThat(OutputValidators.junitProblems("<testsuites><testsuite name=\"x\" tests=\"1\"><testcase name=\"a\"/>"
                + "</testsuite></testsuites>")).as("testcase without classname").isNotEmpty();
        assertThat(OutputValidators.junitProblems("<testsuites><testsuite name=\"x\" tests=\"1\"><testcase name=\"a\" "
                + "classname=\"R\"><failure/><skipped/></testcase></testsuite></testsuites>")).as("two outcomes").isNotEmpty();
        assertThat(OutputValidators.codeQualityProblems("[{\"description\":\"d\",\"check_name\":\"c\",\"fingerprint\":\"f\","
                + "\"severity\":\"high\",\"location\":{\"path\":\"a\",\"lines\":{\"begin\":1}}}]")).as("unknown severity").isNotEmpty();
        assertThat(OutputValidators.codeQualityProblems("[{\"description\":\"d\",\"check_name\":\"c\",\"fingerprint\":\"f\","
                + "\"severity\":\"info\",\"location\":{\"path\":\"/abs/a\"}}]")).as("absolute path, no line")
                .anyMatch(p -> p.contains("location/path")).anyMatch(p -> p.contains("'lines'"));
        assertThat(OutputValidators.sarifProblems("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\"}},"
                + "\"results\":[{\"message\":{\"text\":\"m\"},\"kind\":\"pass\",\"level\":\"error\"}]}]}"))
                .as("a pass result at level error").isNotEmpty();
        assertThat(OutputValidators.sarifProblems("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\","
                + "\"rules\":[{\"id\":\"R\",\"helpUri\":\"docs/rules/R.md\"}]}},\"results\":[{\"message\":{\"text\":\"m\"},"
                + "\"suppressions\":[{\"kind\":\"waived\"}],\"baselineState\":\"old\",\"extra\":1}]}]}"))
                .as("relative helpUri, bad suppression kind, bad baselineState, unknown property").hasSizeGreaterThanOrEqualTo(4);
    }
}
