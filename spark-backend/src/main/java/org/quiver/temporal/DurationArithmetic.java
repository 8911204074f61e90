package org.quiver.temporal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import org.quiver.api.CypherDuration;

/**
 * Durations added to values and to each other, and the duration between two values
 * ({@code duration.between}, {@code inMonths}, {@code inDays}, {@code inSeconds}).
 */
final class DurationArithmetic {
    private DurationArithmetic() {
    }

    static CypherDuration negate(CypherDuration d) {
        return CypherDuration.of(Math.negateExact(d.months()), Math.negateExact(d.days()),
                Math.negateExact(d.seconds()), -(long) d.nanos());
    }

    static CypherDuration plus(CypherDuration a, CypherDuration b) {
        return CypherDuration.of(Math.addExact(a.months(), b.months()), Math.addExact(a.days(), b.days()),
                Math.addExact(a.seconds(), b.seconds()), (long) a.nanos() + b.nanos());
    }

    /**
     * A value moved by a duration: months and days where the value has a date, seconds and
     * nanoseconds where it has a clock (a Date moves by the whole days among the seconds).
     */
    static Object plus(Object value, CypherDuration d) {
        if (value instanceof LocalDate date) {
            return date.plusMonths(d.months()).plusDays(d.days()).plusDays(d.seconds() / 86_400);
        }
        if (value instanceof LocalTime t) {
            return t.plusSeconds(d.seconds()).plusNanos(d.nanos());
        }
        if (value instanceof OffsetTime t) {
            return t.plusSeconds(d.seconds()).plusNanos(d.nanos());
        }
        if (value instanceof LocalDateTime t) {
            return t.plusMonths(d.months()).plusDays(d.days()).plusSeconds(d.seconds()).plusNanos(d.nanos());
        }
        ZonedDateTime t = (ZonedDateTime) value;
        return t.plusMonths(d.months()).plusDays(d.days()).plusSeconds(d.seconds()).plusNanos(d.nanos());
    }

    enum Between { ALL, MONTHS, DAYS, SECONDS }

    /**
     * A value without a date takes the other's date, one without a zone the other's zone, so that
     * {@code date - localtime} counts hours within one day and a local value next to a zoned one
     * is read in that zone (daylight saving time then counts). Months and days are counted only
     * when both values have dates.
     */
    static CypherDuration between(Object from, Object to, Between unit) {
        boolean bothDates = TemporalValues.dateOf(from) != null && TemporalValues.dateOf(to) != null;
        if (!bothDates && (unit == Between.MONTHS || unit == Between.DAYS)) {
            return new CypherDuration(0, 0, 0, 0);
        }
        Temporal a = completed(from, to);
        Temporal b = completed(to, from);
        if (a instanceof ZonedDateTime x && b instanceof ZonedDateTime y) {
            b = y.withZoneSameInstant(x.getZone());
        }
        if (!bothDates) {
            return clock(Duration.between(a, b));
        }
        return switch (unit) {
            case MONTHS -> new CypherDuration(a.until(b, ChronoUnit.MONTHS), 0, 0, 0);
            case DAYS -> new CypherDuration(0, a.until(b, ChronoUnit.DAYS), 0, 0);
            case SECONDS -> clock(Duration.between(a, b));
            case ALL -> {
                long months = a.until(b, ChronoUnit.MONTHS);
                Temporal mid = a.plus(months, ChronoUnit.MONTHS);
                long days = mid.until(b, ChronoUnit.DAYS);
                mid = mid.plus(days, ChronoUnit.DAYS);
                Duration rest = Duration.between(mid, b);
                yield CypherDuration.of(months, days, rest.getSeconds(), rest.getNano());
            }
        };
    }

    /** {@code value} as a date-time, its missing date, clock and zone taken from {@code other} (else 2000-01-01, midnight, none). */
    private static Temporal completed(Object value, Object other) {
        LocalDate date = TemporalValues.dateOf(value);
        if (date == null) {
            date = TemporalValues.dateOf(other) != null ? TemporalValues.dateOf(other) : LocalDate.of(2000, 1, 1);
        }
        LocalTime time = TemporalValues.timeOf(value);
        LocalDateTime local = LocalDateTime.of(date, time == null ? LocalTime.MIDNIGHT : time);
        ZoneId zone = TemporalValues.zoneOf(value) != null ? TemporalValues.zoneOf(value) : TemporalValues.zoneOf(other);
        return zone == null ? local : ZonedDateTime.ofLocal(local, zone, null);
    }

    private static CypherDuration clock(Duration d) {
        return CypherDuration.of(0, 0, d.getSeconds(), d.getNano());
    }
}
