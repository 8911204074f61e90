package org.quiver.temporal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.quiver.api.CypherDuration;
import org.quiver.planner.types.CypherType;

/**
 * How temporal values live in Spark columns: one struct per type, its fields ordered so that
 * Spark's struct ordering (field by field) is Cypher's order within the type, and its field names
 * marking the type (so a value inside a list or map still says what it is):
 *
 * <ul>
 *   <li>Date: {@code (_date_day)} — days since 1970-01-01;</li>
 *   <li>LocalTime: {@code (_localtime_nano)} — nanoseconds of the day;</li>
 *   <li>Time: {@code (_time_utcnano, _time_offset)} — nanoseconds of the day at UTC (may leave
 *       [0, 1 day) by the offset), offset in seconds;</li>
 *   <li>LocalDateTime: {@code (_localdatetime_second, _localdatetime_nano)} — as if at UTC;</li>
 *   <li>DateTime: {@code (_datetime_second, _datetime_nano, _datetime_offset, _datetime_zone)} —
 *       the instant, the offset in seconds and the zone id (null for a fixed offset);</li>
 *   <li>Duration: {@code (_duration_months, _duration_days, _duration_seconds, _duration_nanos)}.</li>
 * </ul>
 *
 * <p>Longs rather than Spark's DateType/TimestampType because Cypher needs nanoseconds, named zones
 * and years outside 1–9999; equality, ordering, grouping and DISTINCT then run on plain structs with
 * no UDF. Constructors, accessors and arithmetic run as UDFs over java.time ({@link TemporalUdfs},
 * which gives their measured cost). DateTime values that are the same instant in different zones
 * are different structs, so {@code =} tells them apart; the ordering compares the instant first.
 */
public final class TemporalRows {
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    public static final StructType DATE = new StructType().add("_date_day", DataTypes.LongType, false);
    public static final StructType LOCAL_TIME = new StructType().add("_localtime_nano", DataTypes.LongType, false);
    public static final StructType TIME = new StructType().add("_time_utcnano", DataTypes.LongType, false)
            .add("_time_offset", DataTypes.IntegerType, false);
    public static final StructType LOCAL_DATETIME = new StructType()
            .add("_localdatetime_second", DataTypes.LongType, false)
            .add("_localdatetime_nano", DataTypes.IntegerType, false);
    public static final StructType DATETIME = new StructType().add("_datetime_second", DataTypes.LongType, false)
            .add("_datetime_nano", DataTypes.IntegerType, false)
            .add("_datetime_offset", DataTypes.IntegerType, false)
            .add("_datetime_zone", DataTypes.StringType, true);
    public static final StructType DURATION = new StructType().add("_duration_months", DataTypes.LongType, false)
            .add("_duration_days", DataTypes.LongType, false)
            .add("_duration_seconds", DataTypes.LongType, false)
            .add("_duration_nanos", DataTypes.IntegerType, false);

    private TemporalRows() {
    }

    /** The struct type of a temporal Cypher type. */
    public static StructType sparkType(CypherType type) {
        if (type == CypherType.DATE) {
            return DATE;
        } else if (type == CypherType.LOCAL_TIME) {
            return LOCAL_TIME;
        } else if (type == CypherType.TIME) {
            return TIME;
        } else if (type == CypherType.LOCAL_DATETIME) {
            return LOCAL_DATETIME;
        } else if (type == CypherType.DATETIME) {
            return DATETIME;
        } else if (type == CypherType.DURATION) {
            return DURATION;
        }
        throw new IllegalArgumentException("not a temporal type: " + type.displayName());
    }

    /** The temporal type a struct holds, told by its first field's name. */
    public static Optional<CypherType> typeOf(StructType struct) {
        if (struct == null || struct.fields().length == 0) {
            return Optional.empty();
        }
        return switch (struct.fields()[0].name()) {
            case "_date_day" -> Optional.of(CypherType.DATE);
            case "_localtime_nano" -> Optional.of(CypherType.LOCAL_TIME);
            case "_time_utcnano" -> Optional.of(CypherType.TIME);
            case "_localdatetime_second" -> Optional.of(CypherType.LOCAL_DATETIME);
            case "_datetime_second" -> Optional.of(CypherType.DATETIME);
            case "_duration_months" -> Optional.of(CypherType.DURATION);
            default -> Optional.empty();
        };
    }

    /** Whether a value read from Spark is a temporal struct. */
    public static boolean isTemporal(Object value) {
        return value instanceof Row row && typeOf(row.schema()).isPresent();
    }

    /** A temporal struct as its java.time value (or {@link CypherDuration}). */
    public static Object decode(Row row) {
        CypherType type = typeOf(row.schema()).orElseThrow(() -> new IllegalArgumentException("not temporal: " + row));
        if (type == CypherType.DATE) {
            return LocalDate.ofEpochDay(row.getLong(0));
        } else if (type == CypherType.LOCAL_TIME) {
            return LocalTime.ofNanoOfDay(row.getLong(0));
        } else if (type == CypherType.TIME) {
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(row.getInt(1));
            long local = Math.floorMod(row.getLong(0) + offset.getTotalSeconds() * 1_000_000_000L, NANOS_PER_DAY);
            return OffsetTime.of(LocalTime.ofNanoOfDay(local), offset);
        } else if (type == CypherType.LOCAL_DATETIME) {
            return LocalDateTime.ofEpochSecond(row.getLong(0), row.getInt(1), ZoneOffset.UTC);
        } else if (type == CypherType.DATETIME) {
            Instant instant = Instant.ofEpochSecond(row.getLong(0), row.getInt(1));
            ZoneId zone = row.isNullAt(3) ? ZoneOffset.ofTotalSeconds(row.getInt(2)) : ZoneId.of(row.getString(3));
            return ZonedDateTime.ofInstant(instant, zone);
        }
        return new CypherDuration(row.getLong(0), row.getLong(1), row.getLong(2), row.getInt(3));
    }

    /** A java.time value (or {@link CypherDuration}) as its struct; the struct carries its schema. */
    public static Row encode(Object value) {
        if (value instanceof LocalDate d) {
            return row(DATE, d.toEpochDay());
        } else if (value instanceof LocalTime t) {
            return row(LOCAL_TIME, t.toNanoOfDay());
        } else if (value instanceof OffsetTime t) {
            long utc = t.toLocalTime().toNanoOfDay() - t.getOffset().getTotalSeconds() * 1_000_000_000L;
            return row(TIME, utc, t.getOffset().getTotalSeconds());
        } else if (value instanceof LocalDateTime t) {
            return row(LOCAL_DATETIME, t.toEpochSecond(ZoneOffset.UTC), t.getNano());
        } else if (value instanceof ZonedDateTime t) {
            String zone = t.getZone() instanceof ZoneOffset ? null : t.getZone().getId();
            return row(DATETIME, t.toEpochSecond(), t.getNano(), t.getOffset().getTotalSeconds(), zone);
        } else if (value instanceof CypherDuration d) {
            return row(DURATION, d.months(), d.days(), d.seconds(), d.nanos());
        }
        throw new IllegalArgumentException("not a temporal value: " + value);
    }

    /** The temporal type of a Java value, if it is one. */
    public static Optional<CypherType> typeOfValue(Object value) {
        if (value instanceof LocalDate) {
            return Optional.of(CypherType.DATE);
        } else if (value instanceof LocalTime) {
            return Optional.of(CypherType.LOCAL_TIME);
        } else if (value instanceof OffsetTime) {
            return Optional.of(CypherType.TIME);
        } else if (value instanceof LocalDateTime) {
            return Optional.of(CypherType.LOCAL_DATETIME);
        } else if (value instanceof ZonedDateTime) {
            return Optional.of(CypherType.DATETIME);
        } else if (value instanceof CypherDuration) {
            return Optional.of(CypherType.DURATION);
        }
        return Optional.empty();
    }

    /** A Java value with its temporal values (also inside lists) as structs, for a Spark row. */
    public static Object encodeAll(Object value) {
        if (typeOfValue(value).isPresent()) {
            return encode(value);
        }
        if (value instanceof java.util.List<?> list) {
            return list.stream().map(TemporalRows::encodeAll).toList();
        }
        return value;
    }

    private static Row row(StructType schema, Object... values) {
        return new org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema(values, schema);
    }

}
