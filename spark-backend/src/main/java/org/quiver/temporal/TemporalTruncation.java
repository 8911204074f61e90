package org.quiver.temporal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.quiver.planner.types.CypherType;

/**
 * {@code <type>.truncate(unit, value[, map])}: the value cut down to the start of its unit (millennium
 * … microsecond) in its own local time, then built as {@code target} with the map's fields overriding
 * the truncated ones; a {@code timezone} in the map is attached to the truncated local time.
 */
final class TemporalTruncation {
    private TemporalTruncation() {
    }

    static Object truncate(CypherType target, String unit, Object value, Map<String, Object> overrides) {
        String u = unit.toLowerCase(Locale.ROOT);
        LocalDate date = TemporalValues.dateOf(value);
        LocalTime time = TemporalValues.timeOf(value);
        Map<String, Object> map = new HashMap<>();
        if (date != null) {
            map.put("date", truncateDate(u, date));
        } else if (target != CypherType.LOCAL_TIME && target != CypherType.TIME) {
            throw TemporalValues.invalid("Cannot truncate a value without a date to a " + target.displayName());
        }
        boolean dateUnit = isDateUnit(u);
        if (target != CypherType.DATE) {
            map.put("time", dateUnit || time == null ? LocalTime.MIDNIGHT : truncateTime(u, time));
        } else if (!dateUnit) {
            throw TemporalValues.invalid("Cannot truncate a Date to the unit " + unit);
        }
        if (TemporalValues.zoneOf(value) != null && (target == CypherType.TIME || target == CypherType.DATETIME)) {
            map.put("timezone", TemporalValues.zoneOf(value).getId());
        }
        if (overrides != null) {
            map.putAll(overrides);
        }
        return TemporalMaps.construct(target, map);
    }

    private static boolean isDateUnit(String unit) {
        return switch (unit) {
            case "millennium", "century", "decade", "year", "weekyear", "quarter", "month", "week", "day" -> true;
            default -> false;
        };
    }

    private static LocalDate truncateDate(String unit, LocalDate date) {
        return switch (unit) {
            case "millennium" -> LocalDate.of(Math.floorDiv(date.getYear(), 1000) * 1000, 1, 1);
            case "century" -> LocalDate.of(Math.floorDiv(date.getYear(), 100) * 100, 1, 1);
            case "decade" -> LocalDate.of(Math.floorDiv(date.getYear(), 10) * 10, 1, 1);
            case "year" -> date.withDayOfYear(1);
            case "weekyear" -> TemporalValues.weekDate(date.get(IsoFields.WEEK_BASED_YEAR), 1, 1);
            case "quarter" -> date.with(IsoFields.DAY_OF_QUARTER, 1);
            case "month" -> date.withDayOfMonth(1);
            case "week" -> date.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            default -> date;
        };
    }

    private static LocalTime truncateTime(String unit, LocalTime time) {
        return switch (unit) {
            case "hour" -> time.truncatedTo(ChronoUnit.HOURS);
            case "minute" -> time.truncatedTo(ChronoUnit.MINUTES);
            case "second" -> time.truncatedTo(ChronoUnit.SECONDS);
            case "millisecond" -> time.truncatedTo(ChronoUnit.MILLIS);
            case "microsecond" -> time.truncatedTo(ChronoUnit.MICROS);
            default -> throw TemporalValues.invalid("Unknown truncation unit: " + unit);
        };
    }
}
