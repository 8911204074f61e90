package org.quiver.arrow;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.quiver.format.CypherValueText;
import org.quiver.planner.types.CypherType;

/**
 * The Arrow column of each Cypher type. Scalars map to Arrow's own types; values whose type is not
 * one Arrow type (Any, Number, a map with unknown keys) are Cypher literal text, so that {@code 1}
 * and {@code "1"} stay apart. Temporal types are in {@link TemporalColumns}, graph elements in
 * {@link EntityColumns}. Every field holding a Cypher value carries its type in
 * {@link ResultArrowReader#CYPHER_TYPE} metadata.
 */
final class ArrowColumns {
    static final ArrowType INT64 = new ArrowType.Int(64, true);
    static final ArrowType INT32 = new ArrowType.Int(32, true);

    private ArrowColumns() {
    }

    static ArrowColumn of(String name, CypherType type) {
        Map<String, String> metadata = Map.of(ResultArrowReader.CYPHER_TYPE, type.displayName());
        if (type instanceof CypherType.ListOf list) {
            return ArrowColumn.list(name, metadata, of("item", list.element()));
        }
        if (type instanceof CypherType.MapOf map) {
            return knownKeys(name, metadata, map);
        }
        return switch ((CypherType.Basic) type) {
            case INTEGER -> ArrowColumn.leaf(name, INT64, metadata,
                    (vector, index, value) -> ((BigIntVector) vector).setSafe(index, ValueWriter.as(Long.class, value, type)));
            case FLOAT -> ArrowColumn.leaf(name, new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE), metadata,
                    (vector, index, value) -> ((Float8Vector) vector).setSafe(index, ValueWriter.as(Double.class, value, type)));
            case STRING -> ArrowColumn.leaf(name, ArrowType.Utf8.INSTANCE, metadata,
                    (vector, index, value) -> utf8(vector, index, ValueWriter.as(String.class, value, type)));
            case BOOLEAN -> ArrowColumn.leaf(name, ArrowType.Bool.INSTANCE, metadata,
                    (vector, index, value) -> ((BitVector) vector).setSafe(index, ValueWriter.as(Boolean.class, value, type) ? 1 : 0));
            case NULL -> ArrowColumn.leaf(name, ArrowType.Null.INSTANCE, metadata, (vector, index, value) -> {
                throw new IllegalStateException("Arrow export: a column of type Null holds " + value);
            });
            case ANY, NUMBER, MAP -> cypherText(name, metadata);
            case NODE -> EntityColumns.node(name, metadata);
            case RELATIONSHIP -> EntityColumns.relationship(name, metadata);
            case PATH -> EntityColumns.path(name, metadata);
            case DATE -> TemporalColumns.date(name, metadata);
            case LOCAL_TIME -> TemporalColumns.localTime(name, metadata);
            case TIME -> TemporalColumns.time(name, metadata);
            case LOCAL_DATETIME -> TemporalColumns.localDateTime(name, metadata);
            case DATETIME -> TemporalColumns.dateTime(name, metadata);
            case DURATION -> TemporalColumns.duration(name, metadata);
        };
    }

    /** A value as its Cypher literal text ({@code 1}, {@code "a"}, {@code {a: [1, 2]}}). */
    static ArrowColumn cypherText(String name, Map<String, String> metadata) {
        return ArrowColumn.leaf(name, ArrowType.Utf8.INSTANCE, metadata,
                (vector, index, value) -> utf8(vector, index, CypherValueText.of(value)));
    }

    static ArrowColumn int64(String name) {
        return ArrowColumn.leaf(name, INT64, Map.of(),
                (vector, index, value) -> ((BigIntVector) vector).setSafe(index, (Long) value));
    }

    static ArrowColumn int32(String name) {
        return ArrowColumn.leaf(name, INT32, Map.of(),
                (vector, index, value) -> ((IntVector) vector).setSafe(index, (Integer) value));
    }

    static ArrowColumn utf8(String name) {
        return ArrowColumn.leaf(name, ArrowType.Utf8.INSTANCE, Map.of(),
                (vector, index, value) -> utf8(vector, index, (String) value));
    }

    static void utf8(org.apache.arrow.vector.FieldVector vector, int index, String value) {
        ((VarCharVector) vector).setSafe(index, value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A map whose keys analysis knows: a struct with a field per key. A key the type does not name
     * is an error, not a value left out.
     */
    private static ArrowColumn knownKeys(String name, Map<String, String> metadata, CypherType.MapOf type) {
        List<ArrowColumn.Part> parts = new ArrayList<>();
        type.fields().forEach((key, valueType) -> parts.add(new ArrowColumn.Part(of(key, valueType),
                map -> ((Map<?, ?>) map).get(key))));
        ArrowColumn struct = ArrowColumn.struct(name, metadata, parts);
        ValueWriter checked = (vector, index, value) -> {
            Map<?, ?> map = ValueWriter.as(Map.class, value, type);
            for (Object key : map.keySet()) {
                if (!type.fields().containsKey(String.valueOf(key))) {
                    throw new IllegalStateException("Arrow export: column " + name + " holds a map with the key "
                            + key + ", which its type " + type.fields().keySet() + " does not name");
                }
            }
            struct.writer().write(vector, index, map);
        };
        return new ArrowColumn(struct.field(), checked);
    }
}
