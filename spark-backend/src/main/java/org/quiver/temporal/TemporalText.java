package org.quiver.temporal;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.quiver.api.CypherDuration;

/**
 * Cypher's text of a temporal value: ISO 8601 as java.time writes it ({@code 1984-10-11},
 * {@code 12:31:14.645876123+01:00}, {@code 2015-07-21T21:40:32.142+01:00[Europe/London]}),
 * and {@link CypherDuration#toString()} for durations.
 */
public final class TemporalText {
    private TemporalText() {
    }

    /** The text of a temporal value, or null when {@code value} is not one. */
    public static String of(Object value) {
        if (value instanceof ZonedDateTime t) {
            String local = t.toLocalDateTime().toString() + t.getOffset().getId();
            return t.getZone() instanceof ZoneOffset ? local : local + "[" + t.getZone().getId() + "]";
        }
        if (value instanceof java.time.LocalDate || value instanceof java.time.LocalTime
                || value instanceof java.time.OffsetTime || value instanceof java.time.LocalDateTime
                || value instanceof CypherDuration) {
            return value.toString();
        }
        return null;
    }
}
