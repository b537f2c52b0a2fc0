package dev.psdm.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Dates and instants of a snapshot are refused outside the years 1970 to 9999, with the JSON path.
 * ISO-8601 allows years up to a billion ({@code +1000000000-01-01T00:00:00Z} reads as an Instant), and
 * such values overflowed the date arithmetic of the rules ("internal error") or, as an iteration from
 * {@code -999999999-01-01}, made the weekly derivation run the JVM out of memory. GitLab itself
 * started in 2011; the upper bound keeps ISO's four-digit years.
 */
public final class DateBounds {
    public static final LocalDate MIN_DATE = LocalDate.of(1970, 1, 1);
    public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);
    public static final Instant MIN_INSTANT = MIN_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    public static final Instant MAX_INSTANT = MAX_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
    /** Starts {@link InvalidFormatException}'s message, so that {@link JsonErrors#describe} shows it as is. */
    static final String OUT_OF_RANGE = "out of range: ";

    private DateBounds() {
    }

    /** Whether a date is one a snapshot may hold; the GitLab adapter refuses a live record outside, as the reader does. */
    public static boolean inRange(LocalDate value) {
        return !value.isBefore(MIN_DATE) && !value.isAfter(MAX_DATE);
    }

    /** Whether an instant is one a snapshot may hold. */
    public static boolean inRange(Instant value) {
        return !value.isBefore(MIN_INSTANT) && !value.isAfter(MAX_INSTANT);
    }

    /** A module replacing the readers of Instant and LocalDate with bounded ones. */
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("psdm-date-bounds");
        module.addDeserializer(Instant.class, new Bounded<>(Instant.class, InstantDeserializer.INSTANT) {
            @Override
            boolean inRange(Instant value) {
                return !value.isBefore(MIN_INSTANT) && !value.isAfter(MAX_INSTANT);
            }
        });
        module.addDeserializer(LocalDate.class, new Bounded<>(LocalDate.class, LocalDateDeserializer.INSTANCE) {
            @Override
            boolean inRange(LocalDate value) {
                return !value.isBefore(MIN_DATE) && !value.isAfter(MAX_DATE);
            }
        });
        return module;
    }

    private abstract static class Bounded<T> extends StdDeserializer<T> {
        private final transient JsonDeserializer<T> delegate;

        Bounded(Class<T> type, JsonDeserializer<T> delegate) {
            super(type);
            this.delegate = delegate;
        }

        abstract boolean inRange(T value);

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            T value = delegate.deserialize(parser, context);
            if (value != null && !inRange(value)) {
                throw InvalidFormatException.from(parser, OUT_OF_RANGE + "'" + parser.getText()
                        + "' is outside the years 1970 to 9999", parser.getText(), handledType());
            }
            return value;
        }
    }
}
