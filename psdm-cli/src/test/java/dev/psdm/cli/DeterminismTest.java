package dev.psdm.cli;

import dev.psdm.report.format.ReportFormat;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import static dev.psdm.cli.CliRunner.LARGE;
import static dev.psdm.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

/** The same snapshot and as-of give byte-identical reports in every format, whatever the JVM's locale and time zone. */
class DeterminismTest {

    private static Map<ReportFormat, String> renderAll() {
        Map<ReportFormat, String> out = new LinkedHashMap<>();
        for (ReportFormat format : ReportFormat.values()) {
            out.put(format, run("check", "--snapshot", LARGE.toString(), "--format", format.cliName()).out());
        }
        return out;
    }

    @Test
    void reportsDoNotDependOnLocaleOrTimeZone() {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            Map<ReportFormat, String> expected = renderAll();
            for (String[] variant : new String[][]{{"de-DE", "Europe/Berlin"}, {"tr-TR", "Asia/Istanbul"},
                    {"ar-SA", "Asia/Riyadh"}, {"hi-IN", "Pacific/Kiritimati"}, {"en-US", "America/Los_Angeles"}}) {
                Locale.setDefault(Locale.forLanguageTag(variant[0]));
                TimeZone.setDefault(TimeZone.getTimeZone(variant[1]));
                Map<ReportFormat, String> actual = renderAll();
                for (ReportFormat format : ReportFormat.values()) {
                    assertThat(actual.get(format)).as("%s report under %s / %s", format, variant[0], variant[1])
                            .isEqualTo(expected.get(format));
                }
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }
}
