package dev.psdm.cli;

import dev.psdm.report.Audience;
import picocli.CommandLine;

/** {@code --audience}: {@code internal} or {@code customer}, in any case; anything else is a one-line error. */
final class AudienceConverter implements CommandLine.ITypeConverter<Audience> {
    @Override
    public Audience convert(String value) {
        try {
            return Audience.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
