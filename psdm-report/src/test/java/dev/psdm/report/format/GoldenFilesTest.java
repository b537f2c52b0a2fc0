package dev.psdm.report.format;

import dev.psdm.report.Report;
import dev.psdm.report.testing.Golden;
import dev.psdm.report.testing.GoldenReports;
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
 * a large project's report, a small one's, and the large one with waivers and a baseline. The reports
 * are {@link GoldenReports}: hand-kept data, not the bundled rules' output, so a new rule changes none of
 * these files (psdm-rules' {@code EndToEndGoldenTest} follows the rules). The JSON golden is also the
 * report the other formats are rendered from: reading it and writing it again gives the same bytes.
 * The HTML pages other than the large one keep the lines they share with it by reference
 * ({@link Golden#assertPageMatches}). Regenerate after an intended change with {@code -Dpsdm.updateGolden=true}
 * (see {@link Golden}).
 */
class GoldenFilesTest {

    /** Options as the CLI passes them: a rule catalog and a fixed tool version. */
    static final FormatOptions OPTIONS = FormatOptions.defaults().withRules(GoldenReports.rules()).withToolVersion("0.1.0-test");

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
            new Scenario("large", GoldenReports::large, OPTIONS),
            new Scenario("small", GoldenReports::small, OPTIONS),
            new Scenario("large-waived-baselined", GoldenReports::largeWaivedAndBaselined, CONFIGURED));

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
        String golden = scenario.name() + "/" + format.cliName() + "." + format.extension();
        if (format == ReportFormat.HTML && !golden.equals(Golden.BASE_PAGE)) {
            Golden.assertPageMatches(rendered, golden, basePage());
        } else {
            Golden.assertMatches(rendered, golden);
        }
    }

    /** The large project's page as rendered now: the page the other golden pages keep their shared lines in. */
    static String basePage() {
        return ReportFormat.HTML.writer(OPTIONS).render(GoldenReports.large());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("scenariosAndFormats")
    void sameReportGivesByteIdenticalOutput(Scenario scenario, ReportFormat format) {
        ReportWriter writer = format.writer(scenario.options());
        assertThat(writer.render(scenario.report().get())).isEqualTo(writer.render(scenario.report().get()));
    }
}
