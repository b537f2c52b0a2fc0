package dev.psdm.rules.golden;

import dev.psdm.report.baseline.Baseline;
import dev.psdm.report.baseline.BaselineFile;
import dev.psdm.report.format.FormatOptions;
import dev.psdm.report.format.ReportFormat;
import dev.psdm.report.testing.Golden;
import dev.psdm.rules.testing.Samples;
import org.junit.jupiter.api.Test;

/**
 * The bundled catalog end to end, from the large sample snapshot to the report: evaluated with waivers
 * of every kind and compared with a baseline, written as the report JSON contract
 * ({@code golden/end-to-end/large-waived-baselined.json}); and the baseline {@code psdm baseline} records
 * for the large sample ({@code golden/baseline/large.json}, which psdm-cli's {@code BaselineCommandTest}
 * also reads). These two are what a rule change regenerates ({@code -Dpsdm.updateGolden=true}); how each
 * format writes a report is tested in psdm-report over hand-kept reports, which rules never change.
 */
class EndToEndGoldenTest {

    @Test
    void largeSampleWaivedAndBaselinedAsReportJson() {
        String json = ReportFormat.JSON.writer(FormatOptions.defaults().withRules(Samples.rules())
                .withToolVersion("0.1.0-test")).render(Samples.largeWaivedAndBaselined());
        Golden.assertMatches(json, "end-to-end/large-waived-baselined.json");
    }

    @Test
    void baselineOfTheLargeSample() {
        Golden.assertMatches(BaselineFile.toJson(Baseline.of(Samples.large())), "baseline/large.json");
    }
}
