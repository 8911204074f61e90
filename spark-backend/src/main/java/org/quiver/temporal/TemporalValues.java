package org.quiver.temporal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import org.quiver.parser.error.ArgumentError;

/** The parts of temporal values (date, clock time, zone) and the helpers the other temporal classes share. */
final class TemporalValues {
    private TemporalValues() {
    }

    static ArgumentError invalid(String message) {
        return new ArgumentError("InvalidArgumentValue", message, null);
    }

    /** A zone by name ({@code Europe/Stockholm}) or offset ({@code +01:00}, {@code Z}). */
    static ZoneId zone(String text) {
        try {
            if (text.startsWith("+") || text.startsWith("-") || text.equals("Z")) {
                return TemporalStrings.offset(text);
            }
            return ZoneId.of(text);
        } catch (DateTimeException | NumberFormatException | StringIndexOutOfBoundsException e) {
            throw invalid("Invalid time zone: " + text);
        }
    }

    /** The date of week {@code week} of ISO week-year {@code weekYear}, on ISO day {@code dayOfWeek} (Monday = 1). */
    static LocalDate weekDate(int weekYear, int week, int dayOfWeek) {
        LocalDate inFirstWeek = LocalDate.of(weekYear, 1, 4);
        return inFirstWeek.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(ChronoField.DAY_OF_WEEK, dayOfWeek);
    }

    static LocalDate quarterDate(int year, int quarter, int dayOfQuarter) {
        if (quarter < 1 || quarter > 4) {
            throw invalid("Invalid quarter: " + quarter);
        }
        LocalDate first = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        LocalDate date = first.plusDays(dayOfQuarter - 1L);
        if (dayOfQuarter < 1 || date.get(IsoFields.QUARTER_OF_YEAR) != quarter || date.getYear() != year) {
            throw invalid("Invalid day of quarter: " + dayOfQuarter);
        }
        return date;
    }

    /** The calendar date of a value that has one, else null. */
    static LocalDate dateOf(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        } else if (value instanceof LocalDateTime t) {
            return t.toLocalDate();
        } else if (value instanceof ZonedDateTime t) {
            return t.toLocalDate();
        }
        return null;
    }

    /** The clock time of a value that has one, else null. */
    static LocalTime timeOf(Object value) {
        if (value instanceof LocalTime t) {
            return t;
        } else if (value instanceof OffsetTime t) {
            return t.toLocalTime();
        } else if (value instanceof LocalDateTime t) {
            return t.toLocalTime();
        } else if (value instanceof ZonedDateTime t) {
            return t.toLocalTime();
        }
        return null;
    }

    /** The zone of a value that has one (an offset for a Time), else null. */
    static ZoneId zoneOf(Object value) {
        if (value instanceof OffsetTime t) {
            return t.getOffset();
        } else if (value instanceof ZonedDateTime t) {
            return t.getZone();
        }
        return null;
    }

    /** The offset a zone has on a date (today when the date is unknown), for a Time. */
    static ZoneOffset offsetOn(ZoneId zone, LocalDate date, LocalTime time) {
        if (zone instanceof ZoneOffset offset) {
            return offset;
        }
        LocalDateTime at = LocalDateTime.of(date == null ? LocalDate.now(ZoneOffset.UTC) : date,
                time == null ? LocalTime.MIDNIGHT : time);
        return zone.getRules().getOffset(at);
    }

    /** A value moved to another zone, keeping its instant; local values are returned as they are. */
    static Object inZone(Object value, ZoneId zone) {
        if (value instanceof ZonedDateTime t) {
            return t.withZoneSameInstant(zone);
        }
        if (value instanceof OffsetTime t) {
            return t.withOffsetSameInstant(offsetOn(zone, null, t.toLocalTime()));
        }
        return value;
    }
}
