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
        Instant instant;
        try {
            if (v.length() == 10) {
                instant = LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
            } else if (v.endsWith("Z")) {
                instant = Instant.parse(v);
            } else {
                instant = OffsetDateTime.parse(v).toInstant();
            }
        } catch (DateTimeParseException e) {
            if (isLocalDateTime(v)) {
                // ISO 8601 allows a date-time without a zone, but it names no instant
                throw new CommandLine.TypeConversionException("'" + value + "' has no time zone: add Z (UTC) or an offset,"
                        + " e.g. " + v + "Z or " + v + "+02:00");
            }
            throw new CommandLine.TypeConversionException("'" + value
                    + "' is not an ISO-8601 date or instant (e.g. 2026-05-15 or 2026-05-15T12:00:00Z)");
        }
        // ISO allows years up to a billion; the rules' date arithmetic overflowed on them ("internal error")
        if (instant.isBefore(MIN) || instant.isAfter(MAX)) {
            throw new CommandLine.TypeConversionException("'" + value + "' is outside the years 1970 to 9999");
        }
        return instant;
    }

    private static boolean isLocalDateTime(String v) {
        try {
            java.time.LocalDateTime.parse(v);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static final Instant MIN = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999999Z");
}
