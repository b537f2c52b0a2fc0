package dev.psdm.report.format;

import dev.psdm.report.testing.OutputValidators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JUnit, Code Quality and SARIF outputs of every scenario validate against their schemas, and the
 * validators do reject broken documents (so a passing test means something).
 */
class SchemaValidationTest {

    static List<GoldenFilesTest.Scenario> scenarios() {
        return GoldenFilesTest.SCENARIOS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void junitValidatesAgainstTheXsd(GoldenFilesTest.Scenario s) {
        String xml = ReportFormat.JUNIT.writer(s.options()).render(s.report().get());
        assertThat(OutputValidators.junitProblems(xml)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void codeQualityValidatesAgainstItsSchema(GoldenFilesTest.Scenario s) {
        String json = ReportFormat.CODEQUALITY.writer(s.options()).render(s.report().get());
        assertThat(OutputValidators.codeQualityProblems(json)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void sarifValidatesAgainstItsSchema(GoldenFilesTest.Scenario s) {
        String json = ReportFormat.SARIF.writer(s.options()).render(s.report().get());
        assertThat(OutputValidators.sarifProblems(json)).isEmpty();
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
