package org.quiver.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.apache.spark.sql.Row;
import org.quiver.api.CypherDuration;
import org.quiver.planner.types.CypherType;

class TemporalProperties {

    @Property
    void durationTextReadsBackAsTheSameDuration(@ForAll @LongRange(min = -100_000, max = 100_000) long months,
            @ForAll @LongRange(min = -100_000, max = 100_000) long days,
            @ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long seconds,
            @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
        CypherDuration d = new CypherDuration(months, days, seconds, nanos);
        assertEquals(d, TemporalStrings.duration(d.toString()));
    }

    @Property
    void addingDaysToADateAgreesWithJavaTime(@ForAll @LongRange(min = -3_000_000, max = 3_000_000) long epochDay,
            @ForAll @IntRange(min = -100_000, max = 100_000) int days) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        Object duration = TemporalMaps.duration(Map.of("days", (long) days));
        assertEquals(date.plusDays(days), TemporalFunctions.apply("add", CypherType.DATE, new Object[] {date, duration}));
        assertEquals(date, TemporalFunctions.apply("subtract", CypherType.DATE,
                new Object[] {date.plusDays(days), duration}));
    }

    /** Spark orders structs field by field: the encoded instant fields must order as the instants do. */
    @Property
    void dateTimeStructsOrderAsTheirInstants(@ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long a,
            @ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long b,
            @ForAll @IntRange(min = 0, max = 999_999_999) int nanoA, @ForAll @IntRange(min = 0, max = 999_999_999) int nanoB) {
        ZonedDateTime x = ZonedDateTime.ofInstant(Instant.ofEpochSecond(a, nanoA), ZoneId.of("Europe/Stockholm"));
        ZonedDateTime y = ZonedDateTime.ofInstant(Instant.ofEpochSecond(b, nanoB), ZoneId.of("-05:00"));
        Row rx = TemporalRows.encode(x);
        Row ry = TemporalRows.encode(y);
        int structOrder = rx.getLong(0) != ry.getLong(0) ? Long.compare(rx.getLong(0), ry.getLong(0))
                : Integer.compare(rx.getInt(1), ry.getInt(1));
        assertEquals(Integer.signum(x.toInstant().compareTo(y.toInstant())), Integer.signum(structOrder));
        assertEquals(x, TemporalRows.decode(rx));
        assertEquals(y, TemporalRows.decode(ry));
    }
}
