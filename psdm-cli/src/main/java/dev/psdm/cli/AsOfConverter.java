package dev.psdm.cli;

import picocli.CommandLine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * {@code --as-of}: an ISO-8601 instant ({@code 2026-05-15T12:00:00Z}), an offset date-time, or a
 * date ({@code 2026-05-15}, read as the start of that day in UTC).
 */
final class AsOfConverter implements CommandLine.ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
        String v = value.trim();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (v.endsWith("Z")) {
                return Instant.parse(v);
            }
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value
                    + "' is not an ISO-8601 date or instant (e.g. 2026-05-15 or 2026-05-15T12:00:00Z)");
        }
    }
}
