package dev.psdm.report.format;

import dev.psdm.report.Report;
import dev.psdm.report.testing.Golden;
import dev.psdm.rules.testing.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every writer against its golden file ({@code src/test/resources/golden/<scenario>/<format>.<ext>}) for
 * the large sample, the small sample, and the large sample with waivers and a baseline. Regenerate after
 * an intended change with {@code -Dpsdm.updateGolden=true} (see {@link Golden}).
 */
class GoldenFilesTest {

    /** Options as the CLI passes them: the bundled catalog and a fixed tool version. */
    static final FormatOptions OPTIONS = FormatOptions.defaults().withRules(Samples.rules()).withToolVersion("0.1.0-test");

    /** The waived scenario also exercises the configurable parts: an absolute rule docs base, another conventions path. */
    static final FormatOptions CONFIGURED = OPTIONS
            .withRuleDocsBase("https://gitlab.example.com/tools/psdm-check/-/blob/main/docs/rules")
            .withLocationPath("ci/.psdm.yml");

    record Scenario(String name, Supplier<Report> report, FormatOptions options) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Scenario> SCENARIOS = List.of(
            new Scenario("large", Samples::large, OPTIONS),
            new Scenario("small", Samples::small, OPTIONS),
            new Scenario("large-waived-baselined", Samples::largeWaivedAndBaselined, CONFIGURED));

    static Stream<Arguments> scenariosAndFormats() {
        List<Arguments> all = new ArrayList<>();
        for (Scenario s : SCENARIOS) {
            for (ReportFormat f : ReportFormat.values()) {
                all.add(Arguments.of(s, f));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("scenariosAndFormats")
    void outputMatchesItsGoldenFile(Scenario scenario, ReportFormat format) {
        String rendered = format.writer(scenario.options()).render(scenario.report().get());
        assertThat(rendered).doesNotContain("\r").endsWith("\n");
        Golden.assertMatches(rendered, scenario.name() + "/" + format.cliName() + "." + format.extension());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("scenariosAndFormats")
    void sameReportGivesByteIdenticalOutput(Scenario scenario, ReportFormat format) {
        ReportWriter writer = format.writer(scenario.options());
        assertThat(writer.render(scenario.report().get())).isEqualTo(writer.render(scenario.report().get()));
    }
}
