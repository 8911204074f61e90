package org.quiver.temporal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quiver.api.CypherDuration;
import org.quiver.planner.types.CypherType;

/**
 * Temporal values from maps: {@code {year: 1984, week: 10, dayOfWeek: 3}}, {@code {hour: 12,
 * timezone: 'Europe/Stockholm'}}, and selections from other values, {@code {date: other, day: 28}},
 * {@code {datetime: other, timezone: '+05:00'}}: the named value gives the defaults, the other keys
 * override them in the style they name (calendar, week, ordinal or quarter date). A new time zone
 * moves a value that has one to the same instant in the new zone, and is attached to one that has not.
 */
final class TemporalMaps {
    private static final Set<String> DATE_KEYS = Set.of("year", "month", "day", "week", "dayofweek", "ordinalday",
            "quarter", "dayofquarter");
    private static final Set<String> TIME_KEYS = Set.of("hour", "minute", "second", "millisecond", "microsecond",
            "nanosecond");
    private static final Set<String> DURATION_KEYS = Set.of("years", "quarters", "months", "weeks", "days", "hours",
            "minutes", "seconds", "milliseconds", "microseconds", "nanoseconds");

    private TemporalMaps() {
    }

    static CypherDuration duration(Map<String, Object> map) {
        Map<String, BigDecimal> parts = new HashMap<>();
        for (Map.Entry<String, Object> e : lowerCase(map).entrySet()) {
            if (!DURATION_KEYS.contains(e.getKey())) {
                throw TemporalValues.invalid("No such field for a duration: " + e.getKey());
            }
            if (e.getValue() == null) {
                continue;
            }
            parts.put(e.getKey(), DurationBuilder.number(e.getValue(), e.getKey()));
        }
        return DurationBuilder.of(parts);
    }

    static Object construct(CypherType target, Map<String, Object> original) {
        Map<String, Object> map = lowerCase(original);
        boolean hasDate = target != CypherType.LOCAL_TIME && target != CypherType.TIME;
        boolean hasTime = target != CypherType.DATE;
        boolean hasZone = target == CypherType.TIME || target == CypherType.DATETIME;
        for (String key : map.keySet()) {
            boolean known = DATE_KEYS.contains(key) ? hasDate
                    : TIME_KEYS.contains(key) ? hasTime
                    : key.equals("timezone") ? hasZone
                    : key.equals("epochseconds") || key.equals("epochmillis") ? target == CypherType.DATETIME
                    : key.equals("date") || key.equals("time") || key.equals("datetime");
            if (!known) {
                throw TemporalValues.invalid("No such field for a " + target.displayName() + ": " + key);
            }
        }
        try {
            return build(target, map);
        } catch (DateTimeException | ArithmeticException e) {
            throw TemporalValues.invalid(e.getMessage());
        }
    }

    private static Object build(CypherType target, Map<String, Object> map) {
        ZoneId newZone = map.get("timezone") == null ? null : TemporalValues.zone(text(map, "timezone"));
        if (map.containsKey("epochseconds") || map.containsKey("epochmillis")) {
            Instant instant = map.containsKey("epochseconds")
                    ? Instant.ofEpochSecond(integer(map, "epochseconds"), 0)
                    : Instant.ofEpochMilli(integer(map, "epochmillis"));
            instant = instant.plusNanos(subSecondNanos(map, 0));
            return ZonedDateTime.ofInstant(instant, newZone == null ? ZoneOffset.UTC : newZone);
        }
        Object dateSource = map.containsKey("datetime") ? map.get("datetime") : map.get("date");
        Object timeSource = map.containsKey("time") ? map.get("time") : map.get("datetime");
        LocalDate baseDate = TemporalValues.dateOf(dateSource);
        LocalTime baseTime = TemporalValues.timeOf(timeSource);
        ZoneId sourceZone = TemporalValues.zoneOf(timeSource);
        LocalDate date = target == CypherType.LOCAL_TIME || target == CypherType.TIME ? null : date(map, baseDate);
        LocalTime time = target == CypherType.DATE ? null : time(map, baseTime);
        if (target == CypherType.DATE) {
            return date;
        } else if (target == CypherType.LOCAL_TIME) {
            return time;
        } else if (target == CypherType.LOCAL_DATETIME) {
            return LocalDateTime.of(date, time);
        }
        // The fields are read in the zone of the value they come from; a new zone then moves that instant.
        ZoneId zone = sourceZone != null ? sourceZone : newZone != null ? newZone : ZoneOffset.UTC;
        LocalDate day = date != null ? date : baseDate != null ? baseDate : TemporalValues.dateOf(timeSource);
        if (target == CypherType.TIME) {
            OffsetTime t = OffsetTime.of(time, TemporalValues.offsetOn(zone, day, time));
            return newZone == null ? t : t.withOffsetSameInstant(TemporalValues.offsetOn(newZone, day, time));
        }
        ZonedDateTime t = ZonedDateTime.ofLocal(LocalDateTime.of(date, time), zone, null);
        return newZone == null ? t : t.withZoneSameInstant(newZone);
    }

    private static LocalDate date(Map<String, Object> map, LocalDate base) {
        Integer year = optionalInt(map, "year");
        if (map.containsKey("week") || map.containsKey("dayofweek")) {
            int weekYear = year != null ? year : require(base, "year").get(IsoFields.WEEK_BASED_YEAR);
            Integer week = optionalInt(map, "week");
            int w = week != null ? week : base != null ? base.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) : 1;
            Integer dow = optionalInt(map, "dayofweek");
            int d = dow != null ? dow : base != null ? base.getDayOfWeek().getValue() : 1;
            return TemporalValues.weekDate(weekYear, w, d);
        }
        int y = year != null ? year : require(base, "year").getYear();
        if (map.containsKey("ordinalday")) {
            return LocalDate.ofYearDay(y, optionalInt(map, "ordinalday"));
        }
        if (map.containsKey("quarter") || map.containsKey("dayofquarter")) {
            Integer quarter = optionalInt(map, "quarter");
            int q = quarter != null ? quarter : base != null ? base.get(IsoFields.QUARTER_OF_YEAR) : 1;
            Integer day = optionalInt(map, "dayofquarter");
            int d = day != null ? day : base != null ? base.get(IsoFields.DAY_OF_QUARTER) : 1;
            return TemporalValues.quarterDate(y, q, d);
        }
        Integer month = optionalInt(map, "month");
        Integer day = optionalInt(map, "day");
        if (base == null && month == null && day != null) {
            throw TemporalValues.invalid("A day needs a month");
        }
        return LocalDate.of(y, month != null ? month : base != null ? base.getMonthValue() : 1,
                day != null ? day : base != null ? base.getDayOfMonth() : 1);
    }

    private static LocalTime time(Map<String, Object> map, LocalTime base) {
        Integer hour = optionalInt(map, "hour");
        Integer minute = optionalInt(map, "minute");
        Integer second = optionalInt(map, "second");
        boolean subSecond = map.containsKey("millisecond") || map.containsKey("microsecond")
                || map.containsKey("nanosecond");
        if (base == null) {
            if (hour == null && (minute != null || second != null || subSecond)) {
                throw TemporalValues.invalid("A time needs an hour");
            }
            if (minute == null && (second != null || subSecond) || second == null && subSecond) {
                throw TemporalValues.invalid("A time field is missing a larger one");
            }
            base = LocalTime.MIDNIGHT;
        }
        long nanos = subSecond ? subSecondNanos(map, base.getNano()) : base.getNano();
        if (nanos < 0 || nanos > 999_999_999) {
            throw TemporalValues.invalid("Invalid sub-second value");
        }
        return LocalTime.of(hour != null ? hour : base.getHour(), minute != null ? minute : base.getMinute(),
                second != null ? second : base.getSecond(), (int) nanos);
    }

    /**
     * millisecond, microsecond and nanosecond together: each replaces its own part of {@code base}
     * (a field given alone, with no larger one, may also hold the smaller parts: {@code nanosecond:
     * 645876123}). Each must be in its range.
     */
    private static long subSecondNanos(Map<String, Object> map, long base) {
        Integer ms = optionalInt(map, "millisecond");
        Integer us = optionalInt(map, "microsecond");
        Integer ns = optionalInt(map, "nanosecond");
        if (ms == null && us == null && ns == null) {
            return base;
        }
        if (ms == null && us == null) {
            check(ns, 999_999_999);
            return ns > 999 ? ns : base / 1000 * 1000 + ns;
        }
        if (ms == null) {
            check(us, 999_999);
            check(ns, 999);
            long micros = us > 999 ? us : base / 1_000_000 * 1000 + us;
            return micros * 1000 + (ns != null ? ns : base % 1000);
        }
        check(ms, 999);
        check(us, 999);
        check(ns, 999);
        return ms * 1_000_000L + (us != null ? us : base / 1000 % 1000) * 1000L + (ns != null ? ns : base % 1000);
    }

    private static void check(Integer value, int max) {
        if (value != null && (value < 0 || value > max)) {
            throw TemporalValues.invalid("Invalid sub-second value: " + value);
        }
    }

    private static <T> T require(T base, String key) {
        if (base == null) {
            throw TemporalValues.invalid("The field " + key + " must be given");
        }
        return base;
    }

    private static long integer(Map<String, Object> map, String key) {
        Object v = map.get(key);
        if (v instanceof Number n) {
            return n.longValue();
        }
        throw TemporalValues.invalid("The field " + key + " must be an integer, not " + v);
    }

    private static String text(Map<String, Object> map, String key) {
        if (map.get(key) instanceof String s) {
            return s;
        }
        throw TemporalValues.invalid("The field " + key + " must be a String, not " + map.get(key));
    }

    private static Integer optionalInt(Map<String, Object> map, String key) {
        Object v = map.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof Long || v instanceof Integer) {
            return Math.toIntExact(((Number) v).longValue());
        }
        throw TemporalValues.invalid("The field " + key + " must be an integer, not " + v);
    }

    private static Map<String, Object> lowerCase(Map<String, Object> map) {
        Map<String, Object> out = new HashMap<>();
        map.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v));
        return out;
    }
}
