package org.quiver.temporal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.quiver.planner.types.CypherType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The temporal functions as Spark columns. java.time does the calendar work, so each call is one
 * Java UDF over a struct of its arguments: {@code f(struct(a0, a1, …))}, decoded to Java values,
 * run by {@link TemporalFunctions}, encoded back. One UDF object per function and result type,
 * made once per JVM. A UDF blocks whole-stage codegen for its expression and converts its row
 * each way. Measured on the shared 2-core development machine (2026-11-25, one thread, 1M calls
 * after warm-up, Spark's own row conversion not included): {@code date('2015-07-21')} with its
 * encoding about 2 µs a call, {@code datetime({…, timezone: 'Europe/Stockholm'})} encoded and
 * decoded about 2.5–3 µs. Comparisons, ordering, grouping and DISTINCT on temporal columns need
 * no UDF (see {@link TemporalRows}).
 */
public final class TemporalUdfs {
    private static final Map<String, UserDefinedFunction> UDFS = new ConcurrentHashMap<>();

    private TemporalUdfs() {
    }

    /**
     * {@code function} is the planner's name without its {@code temporal.} prefix. A function that
     * reads the clock gets Spark's {@code current_timestamp()} as a last argument, which is one
     * instant for the whole query (so {@code date() = date()} holds).
     */
    public static Column call(String function, CypherType resultType, List<Column> args) {
        boolean readsClock = args.isEmpty() || function.endsWith(".realtime") || function.endsWith(".statement")
                || function.endsWith(".transaction");
        UserDefinedFunction udf = UDFS.computeIfAbsent(function + ":" + resultType.displayName() + ":" + readsClock,
                k -> udf(function, resultType, readsClock));
        List<Column> fields = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            fields.add(args.get(i).as("a" + i));
        }
        if (readsClock) {
            fields.add(functions.current_timestamp().as("clock"));
        }
        return udf.apply(functions.struct(fields.toArray(Column[]::new)));
    }

    private static UserDefinedFunction udf(String function, CypherType resultType, boolean readsClock) {
        DataType sparkType = resultType.isTemporal() ? TemporalRows.sparkType(resultType)
                : resultType == CypherType.STRING ? DataTypes.StringType : DataTypes.LongType;
        UDF1<Row, Object> f = row -> {
            int n = readsClock ? row.length() - 1 : row.length();
            Object[] args = new Object[n];
            for (int i = 0; i < n; i++) {
                args[i] = toJava(row.get(i));
            }
            Instant clock = readsClock ? instant(row.get(n)) : null;
            Object result = TemporalFunctions.apply(function, resultType, args, clock);
            return result != null && resultType.isTemporal() ? TemporalRows.encode(result) : result;
        };
        return functions.udf(f, sparkType);
    }

    private static Instant instant(Object timestamp) {
        if (timestamp instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return (Instant) timestamp;
    }

    /** A java.time value (a parameter) as a constant temporal struct column. */
    public static Column literal(Object value) {
        Row row = TemporalRows.encode(value);
        String[] names = row.schema().fieldNames();
        Column[] fields = new Column[names.length];
        for (int i = 0; i < names.length; i++) {
            fields[i] = functions.lit(row.get(i)).cast(row.schema().fields()[i].dataType()).as(names[i]);
        }
        return functions.struct(fields);
    }

    /** A value from a Spark row as the Java value the temporal functions take. */
    static Object toJava(Object value) {
        if (value instanceof Row row) {
            if (TemporalRows.isTemporal(row)) {
                return TemporalRows.decode(row);
            }
            Map<String, Object> map = new LinkedHashMap<>();
            String[] names = row.schema().fieldNames();
            for (int i = 0; i < names.length; i++) {
                map.put(names[i], toJava(row.get(i)));
            }
            return map;
        }
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof scala.collection.Map<?, ?> scalaMap) {
            Map<String, Object> map = new LinkedHashMap<>();
            CollectionConverters.asJava(scalaMap).forEach((k, v) -> map.put(String.valueOf(k), toJava(v)));
            return map;
        }
        if (value instanceof scala.collection.Iterable<?> list) {
            List<Object> out = new ArrayList<>();
            CollectionConverters.asJava(list).forEach(v -> out.add(toJava(v)));
            return out;
        }
        return value;
    }
}
