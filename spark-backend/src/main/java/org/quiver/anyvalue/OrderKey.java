package org.quiver.anyvalue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quiver.api.CypherDuration;
import org.quiver.api.Node;
import org.quiver.api.Path;
import org.quiver.api.Relationship;

/**
 * A byte string per value whose unsigned lexicographic order is Cypher's global sort order
 * (ORDER BY): maps, nodes, relationships, lists, paths, datetimes, local datetimes, dates, times,
 * local times, durations, strings, booleans, numbers (NaN last), null. Spark sorts, groups and
 * compares binary columns natively, so the key also serves DISTINCT and grouping on values of
 * static type Any: equal keys are equivalent values (1 and 1.0 share a key, as they are equal).
 */
public final class OrderKey {
    private static final int MAP = 1;
    private static final int NODE = 2;
    private static final int RELATIONSHIP = 3;
    private static final int LIST = 4;
    private static final int PATH = 5;
    private static final int DATETIME = 6;
    private static final int LOCAL_DATETIME = 7;
    private static final int DATE = 8;
    private static final int TIME = 9;
    private static final int LOCAL_TIME = 10;
    private static final int DURATION = 11;
    private static final int STRING = 12;
    private static final int BOOLEAN = 13;
    private static final int NUMBER = 14;
    private static final int NULL = 0xFF;
    /** Precedes each element of a list or entry of a map; the end marker 0 sorts a prefix first. */
    private static final int MORE = 1;
    private static final int END = 0;

    private OrderKey() {
    }

    /** The key, or null for a null value (so that Spark puts it where Cypher puts null). */
    public static byte[] of(Object value) {
        if (value == null) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, value);
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, Object value) {
        if (value == null) {
            out.write(NULL);
        } else if (value instanceof Map<?, ?> map) {
            out.write(MAP);
            TreeMap<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            for (Map.Entry<String, Object> entry : sorted.entrySet()) {
                out.write(MORE);
                string(out, entry.getKey());
                write(out, entry.getValue());
            }
            out.write(END);
        } else if (value instanceof Node n) {
            out.write(NODE);
            signedLong(out, n.id());
        } else if (value instanceof Relationship r) {
            out.write(RELATIONSHIP);
            signedLong(out, r.id());
        } else if (value instanceof List<?> list) {
            out.write(LIST);
            for (Object element : list) {
                out.write(MORE);
                write(out, element);
            }
            out.write(END);
        } else if (value instanceof Path p) {
            out.write(PATH);
            for (int i = 0; i < p.nodes().size(); i++) {
                out.write(MORE);
                signedLong(out, p.nodes().get(i).id());
                if (i < p.relationships().size()) {
                    signedLong(out, p.relationships().get(i).id());
                }
            }
            out.write(END);
        } else if (value instanceof ZonedDateTime t) {
            out.write(DATETIME);
            signedLong(out, t.toEpochSecond());
            signedLong(out, t.getNano());
        } else if (value instanceof LocalDateTime t) {
            out.write(LOCAL_DATETIME);
            signedLong(out, t.toEpochSecond(ZoneOffset.UTC));
            signedLong(out, t.getNano());
        } else if (value instanceof LocalDate d) {
            out.write(DATE);
            signedLong(out, d.toEpochDay());
        } else if (value instanceof OffsetTime t) {
            out.write(TIME);
            signedLong(out, t.toLocalTime().toNanoOfDay() - t.getOffset().getTotalSeconds() * 1_000_000_000L);
        } else if (value instanceof LocalTime t) {
            out.write(LOCAL_TIME);
            signedLong(out, t.toNanoOfDay());
        } else if (value instanceof CypherDuration d) {
            out.write(DURATION);
            signedLong(out, d.months());
            signedLong(out, d.days());
            signedLong(out, d.seconds());
            signedLong(out, d.nanos());
        } else if (value instanceof String s) {
            out.write(STRING);
            string(out, s);
        } else if (value instanceof Boolean b) {
            out.write(BOOLEAN);
            out.write(b ? 1 : 0);
        } else if (value instanceof Long l) {
            out.write(NUMBER);
            number(out, (double) l, l);
        } else if (value instanceof Double d) {
            out.write(NUMBER);
            number(out, d, Double.isNaN(d) ? Long.MAX_VALUE : (long) (double) d);
        } else {
            throw new IllegalArgumentException("not a Cypher value: " + value.getClass().getName());
        }
    }

    /**
     * A number by its double value (NaN above infinity), then by its integer part so that large
     * integers a double cannot tell apart keep their order.
     */
    private static void number(ByteArrayOutputStream out, double d, long integerPart) {
        long bits = Double.doubleToLongBits(d == 0.0 ? 0.0 : d);
        bits = bits < 0 ? ~bits : bits ^ Long.MIN_VALUE;
        rawLong(out, bits);
        signedLong(out, integerPart);
    }

    private static void signedLong(ByteArrayOutputStream out, long value) {
        rawLong(out, value ^ Long.MIN_VALUE);
    }

    private static void rawLong(ByteArrayOutputStream out, long value) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            out.write((int) (value >>> shift) & 0xFF);
        }
    }

    /** UTF-8 (code point order) with 0 escaped as 0 1 and ended by 0 0, so that a prefix sorts first. */
    private static void string(ByteArrayOutputStream out, String s) {
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            out.write(b & 0xFF);
            if (b == 0) {
                out.write(1);
            }
        }
        out.write(0);
        out.write(0);
    }
}
