package org.quiver.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quiver.parser.error.ArgumentError;
import org.quiver.planner.types.CypherType;

class TemporalFunctionsTest {

    private static String run(String function, CypherType type, Object... args) {
        Object result = TemporalFunctions.apply(function, type, args);
        String text = TemporalText.of(result);
        return text != null ? text : String.valueOf(result);
    }

    @Test
    void parsesTheIsoDateForms() {
        for (String text : new String[] {"2015-07-21", "20150721", "2015-W30-2", "2015W302", "2015-202", "2015202"}) {
            assertEquals("2015-07-21", run("date", CypherType.DATE, text), text);
        }
        assertEquals("2015-07-01", run("date", CypherType.DATE, "201507"));
        assertEquals("2015-07-20", run("date", CypherType.DATE, "2015-W30"));
        assertEquals("2015-01-01", run("date", CypherType.DATE, "2015"));
    }

    @Test
    void parsesTimesWithOffsetsAndZones() {
        assertEquals("21:40:32.142+01:00", run("time", CypherType.TIME, "21:40:32.142+0100"));
        assertEquals("21:40-01:30", run("time", CypherType.TIME, "2140-01:30"));
        assertEquals("21:00Z", run("time", CypherType.TIME, "21"));
        assertEquals("2015-07-21T21:40:32.142-04:00[America/New_York]",
                run("datetime", CypherType.DATETIME, "2015-07-21T21:40:32.142-04[America/New_York]"));
        assertEquals("1818-07-21T21:40:32.142+00:53:28[Europe/Stockholm]",
                run("datetime", CypherType.DATETIME, "1818-07-21T21:40:32.142[Europe/Stockholm]"));
    }

    @Test
    void durationsCarryFractionsDown() {
        assertEquals("P22DT19H51M49.5S", run("duration", CypherType.DURATION, "P0.75M"));
        assertEquals("P17DT12H", run("duration", CypherType.DURATION, "P2.5W"));
        assertEquals("P2012Y2M2DT14H37M21.545S", run("duration", CypherType.DURATION, "P2012-02-02T14:37:21.545"));
        assertEquals("PT-1.999S", run("duration", CypherType.DURATION, Map.of("seconds", -2L, "milliseconds", 1L)));
        assertEquals("P1DT-0.001S", run("duration", CypherType.DURATION, Map.of("days", 1L, "milliseconds", -1L)));
    }

    @Test
    void selectsFieldsFromAnotherValue() {
        Object base = TemporalFunctions.apply("date", CypherType.DATE, new Object[] {"1984-11-11"});
        assertEquals("1984-01-08", run("date", CypherType.DATE, Map.of("date", base, "week", 1L)));
        assertEquals("1984-08-11", run("date", CypherType.DATE, Map.of("date", base, "quarter", 3L)));
        Object stockholm = TemporalFunctions.apply("datetime", CypherType.DATETIME,
                new Object[] {"1984-10-11T12:00[Europe/Stockholm]"});
        assertEquals("1984-10-28T01:00:42-10:00[Pacific/Honolulu]", run("datetime", CypherType.DATETIME,
                Map.of("datetime", stockholm, "day", 28L, "second", 42L, "timezone", "Pacific/Honolulu")));
    }

    @Test
    void addsDurationsAndMeasuresBetween() {
        Object date = TemporalFunctions.apply("date", CypherType.DATE, new Object[] {"1984-10-11"});
        Object dur = TemporalFunctions.apply("duration", CypherType.DURATION,
                new Object[] {Map.of("years", 12.5, "months", 5.5, "days", 14.5, "hours", 16.5)});
        assertEquals("1997-10-11", run("add", CypherType.DATE, date, dur));
        Object other = TemporalFunctions.apply("localdatetime", CypherType.LOCAL_DATETIME,
                new Object[] {"2016-07-21T21:45:22.142"});
        assertEquals("P31Y9M10DT21H45M22.142S", run("duration.between", CypherType.DURATION, date, other));
        Object winter = TemporalFunctions.apply("datetime", CypherType.DATETIME,
                new Object[] {"2017-10-28T23:00+02:00[Europe/Stockholm]"});
        Object summer = TemporalFunctions.apply("datetime", CypherType.DATETIME,
                new Object[] {"2017-10-29T04:00+01:00[Europe/Stockholm]"});
        assertEquals("PT6H", run("duration.between", CypherType.DURATION, winter, summer));
    }

    @Test
    void truncatesInLocalTimeAndAttachesANewZone() {
        Object value = TemporalFunctions.apply("datetime", CypherType.DATETIME, new Object[] {"2017-10-11T12:31-01:00"});
        assertEquals("2000-01-01T00:00+01:00[Europe/Stockholm]", run("datetime.truncate", CypherType.DATETIME,
                "millennium", value, Map.of("timezone", "Europe/Stockholm")));
        assertEquals("2017-10-11T12:00-01:00", run("datetime.truncate", CypherType.DATETIME, "hour", value));
    }

    @Test
    void invalidValuesAreArgumentErrors() {
        assertThrows(ArgumentError.class, () -> TemporalFunctions.apply("date", CypherType.DATE,
                new Object[] {"2018-13-01"}));
        assertThrows(ArgumentError.class, () -> TemporalFunctions.apply("date", CypherType.DATE,
                new Object[] {Map.of("year", 2018L, "hour", 1L)}));
        assertThrows(ArgumentError.class, () -> TemporalFunctions.apply("duration", CypherType.DURATION,
                new Object[] {Map.of("year", 1L)}));
    }
}
