package org.quiver.temporal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
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

    static CypherDuration between(Object from, Object to, Between unit) {
        boolean bothDates = TemporalValues.dateOf(from) != null && TemporalValues.dateOf(to) != null;
        if (!bothDates) {
            if (unit == Between.MONTHS || unit == Between.DAYS) {
                return new CypherDuration(0, 0, 0, 0);
            }
            return clock(Duration.between(clockOf(from, to), clockOf(to, from)));
        }
        Temporal a;
        Temporal b;
        if (from instanceof ZonedDateTime x && to instanceof ZonedDateTime y) {
            a = x;
            b = y.withZoneSameInstant(x.getZone());
        } else {
            a = localDateTime(from);
            b = localDateTime(to);
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

    private static CypherDuration clock(Duration d) {
        return CypherDuration.of(0, 0, d.getSeconds(), d.getNano());
    }

    /**
     * The clock of a value for a time-only difference: at UTC when both values have a zone, else
     * the local clock (a Date counts as midnight), on a common day so that Duration.between applies.
     */
    private static LocalDateTime clockOf(Object value, Object other) {
        LocalTime local = TemporalValues.timeOf(value);
        if (local == null) {
            local = LocalTime.MIDNIGHT;
        }
        LocalDate day = LocalDate.of(2000, 1, 1);
        if (TemporalValues.zoneOf(value) != null && TemporalValues.zoneOf(other) != null) {
            ZoneOffset offset = value instanceof OffsetTime t ? t.getOffset() : ((ZonedDateTime) value).getOffset();
            return LocalDateTime.of(day, local).minusSeconds(offset.getTotalSeconds());
        }
        return LocalDateTime.of(day, local);
    }

    private static LocalDateTime localDateTime(Object value) {
        LocalDate date = TemporalValues.dateOf(value);
        LocalTime time = TemporalValues.timeOf(value);
        return LocalDateTime.of(date, time == null ? LocalTime.MIDNIGHT : time);
    }
}
