package org.quiver.arrow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.TimeNanoVector;
import org.apache.arrow.vector.TimeStampNanoTZVector;
import org.apache.arrow.vector.TimeStampNanoVector;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.quiver.api.CypherDuration;
import org.quiver.parser.error.UnsupportedFeature;
import org.quiver.planner.types.CypherType;

/**
 * Temporal values in Arrow, exact to the nanosecond:
 *
 * <ul>
 *   <li>Date: {@code Date(DAY)};</li>
 *   <li>LocalTime: {@code Time(NANOSECOND, 64)};</li>
 *   <li>LocalDateTime: {@code Timestamp(NANOSECOND)} without a zone (years 1677 to 2262; a value
 *       outside fails the export, an {@link UnsupportedFeature}, rather than lose its nanoseconds
 *       to a coarser unit);</li>
 *   <li>Time: struct {@code {time: Time(NANOSECOND), offset_seconds: Int32}}, the local time of day
 *       and its UTC offset;</li>
 *   <li>DateTime: struct {@code {instant: Timestamp(NANOSECOND, "UTC"), offset_seconds: Int32,
 *       zone: Utf8}}, the zone id null for a value with a fixed offset, so that
 *       {@code 2015-07-21T21:40:32+01:00[Europe/London]} keeps its zone;</li>
 *   <li>Duration: struct {@code {months: Int64, days: Int64, seconds: Int64, nanoseconds: Int32}},
 *       Cypher's four components kept apart (a month or a day has no fixed length), and wider than
 *       Arrow's month-day-nano interval.</li>
 * </ul>
 */
final class TemporalColumns {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private TemporalColumns() {
    }

    static ArrowColumn date(String name, Map<String, String> metadata) {
        return ArrowColumn.leaf(name, new ArrowType.Date(DateUnit.DAY), metadata, (vector, index, value) -> {
            LocalDate date = ValueWriter.as(LocalDate.class, value, CypherType.DATE);
            long day = date.toEpochDay();
            if (day != (int) day) {
                throw new UnsupportedFeature("Arrow export of the date " + date
                        + " (outside the range of Arrow's Date(DAY))", null);
            }
            ((DateDayVector) vector).setSafe(index, (int) day);
        });
    }

    static ArrowColumn localTime(String name, Map<String, String> metadata) {
        return ArrowColumn.leaf(name, timeNanos(), metadata, (vector, index, value) -> ((TimeNanoVector) vector)
                .setSafe(index, ValueWriter.as(LocalTime.class, value, CypherType.LOCAL_TIME).toNanoOfDay()));
    }

    static ArrowColumn localDateTime(String name, Map<String, String> metadata) {
        return ArrowColumn.leaf(name, new ArrowType.Timestamp(TimeUnit.NANOSECOND, null), metadata,
                (vector, index, value) -> {
                    LocalDateTime time = ValueWriter.as(LocalDateTime.class, value, CypherType.LOCAL_DATETIME);
                    ((TimeStampNanoVector) vector).setSafe(index,
                            epochNanos(time.toEpochSecond(ZoneOffset.UTC), time.getNano(), time));
                });
    }

    static ArrowColumn time(String name, Map<String, String> metadata) {
        ArrowColumn localTime = ArrowColumn.leaf("time", timeNanos(), Map.of(),
                (vector, index, value) -> ((TimeNanoVector) vector).setSafe(index, ((LocalTime) value).toNanoOfDay()));
        return ArrowColumn.struct(name, metadata, List.of(
                new ArrowColumn.Part(localTime, value -> offsetTime(value).toLocalTime()),
                new ArrowColumn.Part(ArrowColumns.int32("offset_seconds"),
                        value -> offsetTime(value).getOffset().getTotalSeconds())));
    }

    static ArrowColumn dateTime(String name, Map<String, String> metadata) {
        ArrowColumn instant = ArrowColumn.leaf("instant", new ArrowType.Timestamp(TimeUnit.NANOSECOND, "UTC"), Map.of(),
                (vector, index, value) -> {
                    ZonedDateTime time = (ZonedDateTime) value;
                    ((TimeStampNanoTZVector) vector).setSafe(index,
                            epochNanos(time.toEpochSecond(), time.getNano(), time));
                });
        return ArrowColumn.struct(name, metadata, List.of(
                new ArrowColumn.Part(instant, TemporalColumns::zonedDateTime),
                new ArrowColumn.Part(ArrowColumns.int32("offset_seconds"),
                        value -> zonedDateTime(value).getOffset().getTotalSeconds()),
                new ArrowColumn.Part(ArrowColumns.utf8("zone"), value -> {
                    ZonedDateTime time = zonedDateTime(value);
                    return time.getZone() instanceof ZoneOffset ? null : time.getZone().getId();
                })));
    }

    static ArrowColumn duration(String name, Map<String, String> metadata) {
        return ArrowColumn.struct(name, metadata, List.of(
                new ArrowColumn.Part(ArrowColumns.int64("months"), value -> duration(value).months()),
                new ArrowColumn.Part(ArrowColumns.int64("days"), value -> duration(value).days()),
                new ArrowColumn.Part(ArrowColumns.int64("seconds"), value -> duration(value).seconds()),
                new ArrowColumn.Part(ArrowColumns.int32("nanoseconds"), value -> duration(value).nanos())));
    }

    private static ArrowType timeNanos() {
        return new ArrowType.Time(TimeUnit.NANOSECOND, 64);
    }

    private static long epochNanos(long seconds, int nanos, Object value) {
        try {
            return Math.addExact(Math.multiplyExact(seconds, NANOS_PER_SECOND), nanos);
        } catch (ArithmeticException e) {
            throw new UnsupportedFeature("Arrow export of " + value
                    + " (outside the years 1677 to 2262 that Arrow's Timestamp(NANOSECOND) holds)", null);
        }
    }

    private static OffsetTime offsetTime(Object value) {
        return ValueWriter.as(OffsetTime.class, value, CypherType.TIME);
    }

    private static ZonedDateTime zonedDateTime(Object value) {
        return ValueWriter.as(ZonedDateTime.class, value, CypherType.DATETIME);
    }

    private static CypherDuration duration(Object value) {
        return ValueWriter.as(CypherDuration.class, value, CypherType.DURATION);
    }
}
