package org.quiver.temporal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Locale;
import org.quiver.api.CypherDuration;

/** {@code value.field} of temporal values ({@code d.year}, {@code t.offset}, {@code dur.minutesOfHour}, …). */
final class TemporalFields {
    private TemporalFields() {
    }

    static Object get(Object value, String field) {
        String f = field.toLowerCase(Locale.ROOT);
        if (value instanceof CypherDuration d) {
            return duration(d, f);
        }
        LocalDate date = TemporalValues.dateOf(value);
        LocalTime time = TemporalValues.timeOf(value);
        ZoneId zone = TemporalValues.zoneOf(value);
        switch (f) {
            case "year" -> {
                return (long) date.getYear();
            }
            case "quarter" -> {
                return (long) date.get(IsoFields.QUARTER_OF_YEAR);
            }
            case "month" -> {
                return (long) date.getMonthValue();
            }
            case "week" -> {
                return (long) date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            }
            case "weekyear" -> {
                return (long) date.get(IsoFields.WEEK_BASED_YEAR);
            }
            case "day" -> {
                return (long) date.getDayOfMonth();
            }
            case "ordinalday" -> {
                return (long) date.getDayOfYear();
            }
            case "weekday", "dayofweek" -> {
                return (long) date.getDayOfWeek().getValue();
            }
            case "dayofquarter", "quarterday" -> {
                return (long) date.get(IsoFields.DAY_OF_QUARTER);
            }
            case "hour" -> {
                return (long) time.getHour();
            }
            case "minute" -> {
                return (long) time.getMinute();
            }
            case "second" -> {
                return (long) time.getSecond();
            }
            case "millisecond" -> {
                return (long) time.getNano() / 1_000_000;
            }
            case "microsecond" -> {
                return (long) time.getNano() / 1000;
            }
            case "nanosecond" -> {
                return (long) time.getNano();
            }
            case "timezone" -> {
                return zone.getId();
            }
            case "offset" -> {
                return offset(value).getId();
            }
            case "offsetminutes" -> {
                return (long) offset(value).getTotalSeconds() / 60;
            }
            case "offsetseconds" -> {
                return (long) offset(value).getTotalSeconds();
            }
            case "epochseconds" -> {
                return ((ZonedDateTime) value).toEpochSecond();
            }
            case "epochmillis" -> {
                return ((ZonedDateTime) value).toInstant().toEpochMilli();
            }
            default -> throw TemporalValues.invalid("No such field: " + field);
        }
    }

    private static ZoneOffset offset(Object value) {
        if (value instanceof ZonedDateTime t) {
            return t.getOffset();
        }
        return ((java.time.OffsetTime) value).getOffset();
    }

    private static long duration(CypherDuration d, String field) {
        long m = d.months();
        long s = d.seconds();
        return switch (field) {
            case "years" -> m / 12;
            case "quarters" -> m / 3;
            case "months" -> m;
            case "weeks" -> d.days() / 7;
            case "days" -> d.days();
            case "hours" -> s / 3600;
            case "minutes" -> s / 60;
            case "seconds" -> s;
            case "milliseconds" -> s * 1000 + d.nanos() / 1_000_000;
            case "microseconds" -> s * 1_000_000 + d.nanos() / 1000;
            case "nanoseconds" -> s * 1_000_000_000 + d.nanos();
            case "quartersofyear" -> (m % 12) / 3;
            case "monthsofquarter" -> m % 3;
            case "monthsofyear" -> m % 12;
            case "daysofweek" -> d.days() % 7;
            case "minutesofhour" -> (s / 60) % 60;
            case "secondsofminute" -> s % 60;
            case "millisecondsofsecond" -> d.nanos() / 1_000_000;
            case "microsecondsofsecond" -> d.nanos() / 1000;
            case "nanosecondsofsecond" -> d.nanos();
            default -> throw TemporalValues.invalid("No such field of a duration: " + field);
        };
    }
}
