package dev.psdm.cli;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.TimeZone;

import static dev.psdm.cli.CliRunner.LARGE;
import static dev.psdm.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

/** The same snapshot and as-of give byte-identical reports, whatever the JVM's locale and time zone. */
class DeterminismTest {

    @Test
    void reportsDoNotDependOnLocaleOrTimeZone() {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            String json = run("check", "--snapshot", LARGE.toString(), "--format", "json").out();
            String text = run("check", "--snapshot", LARGE.toString()).out();
            for (String[] variant : new String[][]{{"de-DE", "Europe/Berlin"}, {"tr-TR", "Asia/Istanbul"},
                    {"ar-SA", "Asia/Riyadh"}, {"hi-IN", "Pacific/Kiritimati"}, {"en-US", "America/Los_Angeles"}}) {
                Locale.setDefault(Locale.forLanguageTag(variant[0]));
                TimeZone.setDefault(TimeZone.getTimeZone(variant[1]));
                assertThat(run("check", "--snapshot", LARGE.toString(), "--format", "json").out())
                        .as("JSON report under %s / %s", variant[0], variant[1]).isEqualTo(json);
                assertThat(run("check", "--snapshot", LARGE.toString()).out())
                        .as("text report under %s / %s", variant[0], variant[1]).isEqualTo(text);
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }
}
